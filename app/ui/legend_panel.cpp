// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/legend_panel.h"

#include "render/legend.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace crossroads {

LegendPanel::LegendPanel(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 6, 8, 6);
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(1);
    outer->addLayout(m_rows);
    outer->addStretch(1);
}

void LegendPanel::setRenderer(const MapRenderer *renderer)
{
    m_renderer = renderer;
}

QString LegendPanel::layerName(const MapRenderer &renderer, const QString &id)
{
    if (const Group *g = renderer.geo().atlas().timeline.group(id))
        return g->name;
    if (id == layers::graticule)
        return tr("Graticule");
    if (id == layers::corridors)
        return tr("Corridors");
    if (id == layers::events)
        return tr("Events");
    if (id == layers::labels)
        return tr("Country names");
    return id;
}

void LegendPanel::update(const MapSettings &settings)
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rowTexts.clear();
    if (!m_renderer)
        return;
    const std::vector<LegendItem> items = legendItems(m_renderer->geo().atlas(), settings, m_renderer->style());
    for (const QString &id : m_renderer->toggleableLayers()) {
        const QString name = layerName(*m_renderer, id);
        auto *box = new QCheckBox(name, this);
        box->setObjectName(QStringLiteral("layer_") + id);
        box->setChecked(settings.showLayer(id));
        QFont bold = box->font();
        bold.setBold(true);
        box->setFont(bold);
        connect(box, &QCheckBox::toggled, this, [this, id](bool on) { Q_EMIT layerToggled(id, on); });
        m_rows->addWidget(box);
        // The items of this layer: a group's section is its name; events
        // and corridors have their own sections.
        for (const LegendItem &item : items) {
            if (item.section != name)
                continue;
            auto *row = new QWidget(this);
            auto *layout = new QHBoxLayout(row);
            layout->setContentsMargins(24, 0, 0, 0);
            const qreal dpr = devicePixelRatioF();
            QPixmap pixmap(QSize(30, 18) * dpr);
            pixmap.setDevicePixelRatio(dpr);
            pixmap.fill(Qt::transparent);
            {
                QPainter p(&pixmap);
                p.setRenderHint(QPainter::Antialiasing, true);
                drawLegendSymbol(p, QRectF(2, 2, 26, 14), item, m_renderer->style(), 1.0);
            }
            auto *icon = new QLabel(row);
            icon->setPixmap(pixmap);
            auto *text = new QLabel(item.label, row);
            layout->addWidget(icon);
            layout->addWidget(text, 1);
            m_rows->addWidget(row);
            m_rowTexts << QStringLiteral("%1: %2").arg(item.section, item.label);
        }
    }
}

} // namespace crossroads
