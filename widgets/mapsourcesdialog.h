#pragma once

#include "tilesource.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QListWidget;
class QPushButton;
class QSlider;

namespace tw {

/// Map settings: the stack of tile sources with their opacity, visibility and GCJ-02 flag; add an
/// XYZ/TMS template, a Tianditu layer (with its label overlay) or an MBTiles file; remove and
/// reorder. Works on a copy: the caller applies `sources()` when the dialog is accepted.
class MapSourcesDialog : public QDialog {
    Q_OBJECT
public:
    explicit MapSourcesDialog(const QList<TileSourceSpec> &sources, QWidget *parent = nullptr);

    /// Bottom first, as TileManager draws them. The list shows the top one first.
    QList<TileSourceSpec> sources() const { return m_sources; }
    /// Puts a source on top of the stack, replacing one with the same id.
    void addSource(const TileSourceSpec &source);
    /// `row` counts in the list, top first.
    void removeSource(int row);
    /// Moves the source at `row` by `delta` rows (negative: up, drawn later, over the others).
    void moveSource(int row, int delta);
    void setCurrentRow(int row);
    int currentRow() const;
    QListWidget *list() const { return m_list; }

    /// The "XYZ/TMS" form: `subdomains` comma or space separated, `headers` one "Name: value" per
    /// line. The Error names the field to correct.
    static Result<TileSourceSpec> templateSource(const QString &name, const QString &urlTemplate, bool tms, const QString &subdomains,
                                                 const QString &headers, bool gcj02);
    /// Tianditu `layer` "vec", "img" or "ter" with `key`; with `labels` also its label overlay
    /// (cva, cia, cta) on top. An empty key is an Error: Tianditu refuses requests without one.
    static Result<QList<TileSourceSpec>> tiandituSources(const QString &layer, const QString &key, bool labels);

private:
    void rebuild();
    void showCurrent();
    void editCurrent(const std::function<void(TileSourceSpec &)> &change);
    void addTemplate();
    void addTianditu();
    void addMbTiles();
    int indexOfRow(int row) const { return int(m_sources.size()) - 1 - row; }

    QList<TileSourceSpec> m_sources;
    QListWidget *m_list;
    QSlider *m_opacity;
    QCheckBox *m_visible;
    QCheckBox *m_gcj02;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace tw
