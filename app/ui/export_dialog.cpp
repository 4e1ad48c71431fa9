// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTextDocument>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace crossroads {
namespace {

struct Preset
{
    const char *name;
    int width, height, dpi;  // dpi 0: from the size
};
constexpr Preset kPresets[] = {
    {"1920 × 1080 (screen, slides)", 1920, 1080, 0},
    {"3840 × 2160 (4K)", 3840, 2160, 0},
    {"A4 landscape, 300 DPI", 3508, 2480, 300},
    {"Custom", 0, 0, 0},
};

} // namespace

ExportDialog::ExportDialog(std::shared_ptr<const MapExporter> exporter, const MapSettings &view, QWidget *parent)
    : QDialog(parent), m_exporter(std::move(exporter)), m_view(view)
{
    setWindowTitle(tr("Export map"));
    m_preset = new QComboBox(this);
    for (const Preset &p : kPresets)
        m_preset->addItem(tr(p.name));
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(16, ExportSettings::kMaxSide);
        box->setSuffix(tr(" px"));
    }
    m_dpi = new QSpinBox(this);
    m_dpi->setRange(0, 2400);
    m_dpi->setSpecialValueText(tr("from size"));
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("Default: the overlays shown"));
    m_legend = new QCheckBox(tr("Legend"), this);
    m_legend->setChecked(true);
    m_currentView = new QRadioButton(tr("Current view"), this);
    auto *region = new QRadioButton(tr("Whole region"), this);
    m_currentView->setChecked(true);

    auto *layersBox = new QGroupBox(tr("Overlays"), this);
    auto *layersLayout = new QVBoxLayout(layersBox);
    for (const QString &id : m_exporter->renderer().toggleableLayers()) {
        const Group *g = m_exporter->renderer().geo().atlas().timeline.group(id);
        auto *box = new QCheckBox(g ? g->name : id, layersBox);
        box->setChecked(view.showLayer(id));
        layersLayout->addWidget(box);
        m_layers.push_back({id, box});
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    }
    layersLayout->addWidget(m_legend);

    auto *form = new QFormLayout;
    form->addRow(tr("Size"), m_preset);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    form->addRow(QString(), sizeRow);
    form->addRow(tr("Resolution (DPI)"), m_dpi);
    form->addRow(tr("Title"), m_title);
    auto *extentRow = new QHBoxLayout;
    extentRow->addWidget(m_currentView);
    extentRow->addWidget(region);
    form->addRow(tr("Extent"), extentRow);
    form->addRow(tr("Date"), new QLabel(view.date.toDisplayString(), this));

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setMinimumSize(480, 300);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::exportClicked);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(layersBox);
    left->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addWidget(m_preview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    connect(m_preset, qOverload<int>(&QComboBox::currentIndexChanged), this, &ExportDialog::choosePreset);
    for (QSpinBox *box : {m_width, m_height, m_dpi})
        connect(box, &QSpinBox::editingFinished, this, [this] {
            m_preset->setCurrentIndex(int(std::size(kPresets)) - 1);
            updatePreview();
        });
    connect(m_title, &QLineEdit::editingFinished, this, &ExportDialog::updatePreview);
    connect(m_legend, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    connect(m_currentView, &QRadioButton::toggled, this, &ExportDialog::updatePreview);
    choosePreset(0);
}

void ExportDialog::choosePreset(int index)
{
    const Preset &p = kPresets[std::clamp(index, 0, int(std::size(kPresets)) - 1)];
    if (p.width > 0) {
        const QSignalBlocker b1(m_width), b2(m_height), b3(m_dpi);
        m_width->setValue(p.width);
        m_height->setValue(p.height);
        m_dpi->setValue(p.dpi);
    }
    updatePreview();
}

ExportSettings ExportDialog::exportSettings() const
{
    ExportSettings s;
    s.date = m_view.date;
    s.size = QSize(m_width->value(), m_height->value());
    if (m_dpi->value() > 0)
        s.dpi = m_dpi->value();
    s.title = m_title->text().trimmed();
    s.legend = m_legend->isChecked();
    for (const auto &[id, box] : m_layers)
        if (box->isChecked())
            s.layers.insert(id);
    if (m_currentView->isChecked())
        s.projectedExtent = m_view.viewport.visibleMetres();
    return s;
}

void ExportDialog::updatePreview()
{
    ExportSettings s = exportSettings();
    if (s.validate(m_exporter->renderer()))
        return;
    // The same layout, smaller: scale the DPI with the size.
    const double shrink = std::min(480.0 / s.size.width(), 300.0 / s.size.height());
    const int dpi = s.effectiveDpi();
    s.size = QSize(int(s.size.width() * shrink), int(s.size.height() * shrink));
    s.dpi = std::max(1, int(std::lround(dpi * shrink)));
    m_previewImage = m_exporter->renderImage(s);
    m_preview->setPixmap(QPixmap::fromImage(m_previewImage));
}

std::optional<Error> ExportDialog::exportTo(const QString &path)
{
    const ExportSettings s = exportSettings();
    if (auto problem = s.validate(m_exporter->renderer()))
        return problem;
    return m_exporter->write(path, s);
}

void ExportDialog::exportClicked()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) +
                              QStringLiteral("/crossroads-%1.png").arg(m_view.date.toIsoString());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export map"), suggested,
                                                      tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    if (auto problem = exportTo(path)) {
        QMessageBox::warning(this, tr("Export failed"), Qt::convertFromPlainText(problem->toString()));
        return;
    }
    accept();
}

} // namespace crossroads
