#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace tw {

/// A failure a person can act on: what went wrong, and where (field, file:row, frame...).
struct Error {
    QString message;
    QString field; ///< the offending field or place; empty when not about one field
    QString where; ///< file and row/feature, frame number, URL... empty when not applicable

    /// "where: field: message", leaving out the empty parts.
    QString toString() const
    {
        QString text;
        if (!where.isEmpty()) {
            text += where + QStringLiteral(": ");
        }
        if (!field.isEmpty()) {
            text += field + QStringLiteral(": ");
        }
        return text + message;
    }
};

inline Error fieldError(const QString &field, const QString &message)
{
    return Error{message, field, {}};
}

/// A value or an Error; never throws. Used across every library boundary.
template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }
    T *operator->() { return &std::get<0>(m_data); }
    const T &operator*() const { return value(); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

    const Error &error() const { return std::get<1>(m_data); }
    QString errorString() const { return ok() ? QString() : error().toString(); }

private:
    std::variant<T, Error> m_data;
};

/// Success or an Error, for operations without a value.
template<>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }
    QString errorString() const { return m_ok ? QString() : m_error.toString(); }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace tw
