#include "ogrreader.h"

#include "logging.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <memory>
#include <mutex>

namespace tw {

namespace {

void registerDrivers()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

// Keeps GDAL from printing to stderr while we read; its last message goes into our Errors.
class QuietErrors {
public:
    QuietErrors()
    {
        CPLPushErrorHandler(CPLQuietErrorHandler);
        CPLErrorReset();
    }
    ~QuietErrors() { CPLPopErrorHandler(); }
    QuietErrors(const QuietErrors &) = delete;
    QuietErrors &operator=(const QuietErrors &) = delete;

    static QString lastMessage() { return QString::fromUtf8(CPLGetLastErrorMsg()).trimmed(); }
};

struct DatasetCloser {
    void operator()(void *dataset) const { GDALClose(dataset); }
};
struct FeatureDestroyer {
    void operator()(void *feature) const { OGR_F_Destroy(feature); }
};
struct SrsReleaser {
    void operator()(void *srs) const { OSRRelease(srs); }
};
struct TransformDestroyer {
    void operator()(void *transform) const { OCTDestroyCoordinateTransformation(transform); }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;
using FeaturePtr = std::unique_ptr<void, FeatureDestroyer>;
using SrsPtr = std::unique_ptr<void, SrsReleaser>;
using TransformPtr = std::unique_ptr<void, TransformDestroyer>;

Result<DatasetPtr> openDataset(const QString &path)
{
    registerDrivers();
    const QString source = QFileInfo(path).fileName();
    if (!QFileInfo::exists(path)) {
        return Error{QCoreApplication::translate("tw::OgrReader", "the file does not exist"), {}, source};
    }
    DatasetPtr dataset(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                  nullptr, nullptr));
    if (!dataset) {
        const QString reason = QuietErrors::lastMessage();
        return Error{reason.isEmpty() ? QCoreApplication::translate("tw::OgrReader", "not a vector file GDAL can read")
                                      : QCoreApplication::translate("tw::OgrReader", "not a vector file GDAL can read (%1)").arg(reason),
                     {}, source};
    }
    return dataset;
}

QString crsName(OGRSpatialReferenceH srs)
{
    const char *authority = OSRGetAuthorityName(srs, nullptr);
    const char *code = OSRGetAuthorityCode(srs, nullptr);
    if (authority && code) {
        return QStringLiteral("%1:%2").arg(QString::fromUtf8(authority), QString::fromUtf8(code));
    }
    const char *name = OSRGetName(srs);
    return name ? QString::fromUtf8(name) : QString();
}

QVariant attributeValue(OGRFeatureH feature, int index, OGRFieldType type)
{
    switch (type) {
    case OFTInteger:
        return QVariant(qint64(OGR_F_GetFieldAsInteger(feature, index)));
    case OFTInteger64:
        return QVariant(qint64(OGR_F_GetFieldAsInteger64(feature, index)));
    case OFTReal:
        return QVariant(OGR_F_GetFieldAsDouble(feature, index));
    default:
        return QVariant(QString::fromUtf8(OGR_F_GetFieldAsString(feature, index)));
    }
}

} // namespace

Result<QStringList> OgrReader::layerNames(const QString &path)
{
    QuietErrors quiet;
    Result<DatasetPtr> dataset = openDataset(path);
    if (!dataset) {
        return dataset.error();
    }
    QStringList names;
    const int count = GDALDatasetGetLayerCount(dataset->get());
    for (int i = 0; i < count; ++i) {
        names << QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(dataset->get(), i)));
    }
    return names;
}

Result<OgrLayer> OgrReader::read(const QString &path, const QString &layerName)
{
    QuietErrors quiet;
    const QString source = QFileInfo(path).fileName();
    Result<DatasetPtr> opened = openDataset(path);
    if (!opened) {
        return opened.error();
    }
    GDALDatasetH dataset = opened->get();

    OGRLayerH layer = nullptr;
    if (!layerName.isEmpty()) {
        layer = GDALDatasetGetLayerByName(dataset, layerName.toUtf8().constData());
        if (!layer) {
            QStringList names;
            for (int i = 0; i < GDALDatasetGetLayerCount(dataset); ++i) {
                names << QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(dataset, i)));
            }
            return Error{QCoreApplication::translate("tw::OgrReader", "there is no layer \"%1\"; the layers are: %2").arg(layerName, names.join(QStringLiteral(", "))),
                         QStringLiteral("layer"), source};
        }
    } else if (GDALDatasetGetLayerCount(dataset) > 0) {
        layer = GDALDatasetGetLayer(dataset, 0);
    }
    if (!layer) {
        return Error{QCoreApplication::translate("tw::OgrReader", "the file has no vector layer"), {}, source};
    }

    OgrLayer result;
    result.name = QString::fromUtf8(OGR_L_GetName(layer));
    result.driver = QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(dataset)));

    // Reproject to WGS-84 in lon/lat order when the layer says it is in something else.
    TransformPtr transform;
    if (OGRSpatialReferenceH layerSrs = OGR_L_GetSpatialRef(layer)) {
        result.sourceCrs = crsName(layerSrs);
        SrsPtr from(OSRClone(layerSrs));
        SrsPtr to(OSRNewSpatialReference(nullptr));
        OSRImportFromEPSG(to.get(), 4326);
        OSRSetAxisMappingStrategy(from.get(), OAMS_TRADITIONAL_GIS_ORDER);
        OSRSetAxisMappingStrategy(to.get(), OAMS_TRADITIONAL_GIS_ORDER);
        if (!OSRIsSame(from.get(), to.get())) {
            transform.reset(OCTNewCoordinateTransformation(from.get(), to.get()));
            if (!transform) {
                return Error{QCoreApplication::translate("tw::OgrReader", "cannot convert coordinates from %1 to WGS-84 (%2)")
                                 .arg(result.sourceCrs, QuietErrors::lastMessage()),
                             {}, source};
            }
            qCDebug(lcModels) << "reprojecting" << source << "from" << result.sourceCrs << "to EPSG:4326";
        }
    }

    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    const int fieldCount = OGR_FD_GetFieldCount(definition);
    QList<OGRFieldType> fieldTypes;
    for (int i = 0; i < fieldCount; ++i) {
        OGRFieldDefnH fieldDefinition = OGR_FD_GetFieldDefn(definition, i);
        result.fieldNames << QString::fromUtf8(OGR_Fld_GetNameRef(fieldDefinition));
        fieldTypes << OGR_Fld_GetType(fieldDefinition);
    }

    OGR_L_ResetReading(layer);
    int index = 0;
    while (FeaturePtr feature{OGR_L_GetNextFeature(layer)}) {
        OgrFeature out;
        out.index = ++index;
        const QString where = QStringLiteral("%1:feature %2").arg(source).arg(out.index);
        OGRGeometryH geometry = OGR_F_GetGeometryRef(feature.get());
        if (geometry && wkbFlatten(OGR_G_GetGeometryType(geometry)) == wkbMultiPoint
            && OGR_G_GetGeometryCount(geometry) == 1) {
            geometry = OGR_G_GetGeometryRef(geometry, 0);
        }
        if (geometry && !OGR_G_IsEmpty(geometry)) {
            if (wkbFlatten(OGR_G_GetGeometryType(geometry)) != wkbPoint) {
                return Error{QCoreApplication::translate("tw::OgrReader", "is a %1; only points can be imported")
                                 .arg(QString::fromUtf8(OGRGeometryTypeToName(OGR_G_GetGeometryType(geometry)))),
                             QStringLiteral("geometry"), where};
            }
            double x = OGR_G_GetX(geometry, 0);
            double y = OGR_G_GetY(geometry, 0);
            if (transform && !OCTTransform(transform.get(), 1, &x, &y, nullptr)) {
                return Error{QCoreApplication::translate("tw::OgrReader", "cannot convert the point (%1, %2) from %3 to WGS-84")
                                 .arg(x).arg(y).arg(result.sourceCrs),
                             QStringLiteral("geometry"), where};
            }
            out.point = LonLat{x, y};
        }
        for (int i = 0; i < fieldCount; ++i) {
            if (OGR_F_IsFieldSetAndNotNull(feature.get(), i)) {
                out.attributes.append({result.fieldNames[i], attributeValue(feature.get(), i, fieldTypes[i])});
            }
        }
        result.features << out;
    }
    return result;
}

} // namespace tw
