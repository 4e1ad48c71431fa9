// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/map_exporter.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace crossroads {

// File > Export: size presets, DPI, title, overlays, legend, extent (the
// current view or the region), a live preview, then PNG, PDF or SVG by the
// file name's extension. The map is the exporter's, which is the map view's
// renderer.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(std::shared_ptr<const MapExporter> exporter, const MapSettings &view, QWidget *parent = nullptr);

    ExportSettings exportSettings() const;
    // Writes to `path`; returns the problem shown to the user, if any.
    std::optional<Error> exportTo(const QString &path);
    const QImage &preview() const { return m_previewImage; }

private:
    void choosePreset(int index);
    void updatePreview();
    void exportClicked();

    std::shared_ptr<const MapExporter> m_exporter;
    MapSettings m_view;
    QComboBox *m_preset = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QSpinBox *m_dpi = nullptr;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_legend = nullptr;
    QRadioButton *m_currentView = nullptr;
    std::vector<std::pair<QString, QCheckBox *>> m_layers;
    QLabel *m_preview = nullptr;
    QImage m_previewImage;
};

} // namespace crossroads
