// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/legend_panel.h"

#include "render/legend.h"
#include "render/view_session.h"

#include <algorithm>
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
    m_layout = new QVBoxLayout;
    m_layout->setSpacing(1);
    outer->addLayout(m_layout);
    outer->addStretch(1);
}

namespace {

void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

void LegendPanel::setSession(ViewSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &ViewSession::dateChanged, this, &LegendPanel::refresh);
        connect(session, &ViewSession::layersChanged, this, &LegendPanel::refresh);
    }
    refresh();
}

void LegendPanel::setRenderer(const MapRenderer *renderer)
{
    for (LayerRows &layer : m_layers)
        clearLayout(layer.rows);
    if (m_otherRows)
        clearLayout(m_otherRows);
    clearLayout(m_layout);
    m_otherRows = nullptr;
    m_layers.clear();
    m_shownTexts.clear();
    m_renderer = renderer;
    if (!renderer)
        return;
    for (const QString &id : renderer->toggleableLayers())
        addLayerRows(id);
    m_otherRows = new QVBoxLayout;
    m_otherRows->setSpacing(0);
    m_layout->addLayout(m_otherRows);
    // New boxes start unchecked: show the session's layers at once.
    refresh();
}

void LegendPanel::addLayerRows(const QString &id)
{
    LayerRows layer;
    layer.id = id;
    layer.toggle = new QCheckBox(layerName(*m_renderer, id), this);
    layer.toggle->setObjectName(QStringLiteral("layer_") + id);
    QFont bold = layer.toggle->font();
    bold.setBold(true);
    layer.toggle->setFont(bold);
    connect(layer.toggle, &QCheckBox::toggled, this, [this, id](bool on) {
        if (m_session)
            m_session->setLayerVisible(id, on);
    });
    m_layout->addWidget(layer.toggle);
    layer.rows = new QVBoxLayout;
    layer.rows->setSpacing(0);
    m_layout->addLayout(layer.rows);
    m_layers.push_back(layer);
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
    if (id == layers::userEvents)
        return tr("Your events");
    return id;
}

void LegendPanel::refresh()
{
    if (!m_renderer || !m_session)
        return;
    const MapSettings settings = m_session->mapSettings();
    // The user's own layer gets its toggle when it first has events.
    if (settings.userEvents && std::none_of(m_layers.begin(), m_layers.end(), [](const LayerRows &l) { return l.id == layers::userEvents; }))
        addLayerRows(layers::userEvents);
    const std::vector<LegendItem> items = legendItems(m_renderer->geo().atlas(), settings, m_renderer->style());
    // Called on every date change (30 times a second while playing): the
    // rows are rebuilt only when what is drawn has changed.
    QStringList texts;
    for (const LegendItem &item : items)
        texts << QStringLiteral("%1: %2").arg(item.section, item.label);
    bool togglesMatch = true;
    for (const LayerRows &layer : m_layers)
        togglesMatch = togglesMatch && layer.toggle->isChecked() == settings.showLayer(layer.id);
    if (texts == m_shownTexts && togglesMatch && !m_shownTexts.isEmpty())
        return;
    m_shownTexts = texts;
    m_rowTexts.clear();
    for (LayerRows &layer : m_layers) {
        {
            const QSignalBlocker block(layer.toggle);
            layer.toggle->setChecked(settings.showLayer(layer.id));
        }
        clearLayout(layer.rows);
        // The items of this layer: a group's section is its name; events
        // and corridors have their own sections.
        const QString name = layerName(*m_renderer, layer.id);
        for (const LegendItem &item : items) {
            if (item.section != name)
                continue;
            layer.rows->addWidget(legendRow(item));
            m_rowTexts << QStringLiteral("%1: %2").arg(item.section, item.label);
        }
    }
    // Rows no toggle hides (territory marks): under their own heading.
    if (!m_otherRows)
        return;
    clearLayout(m_otherRows);
    QString heading;
    for (const LegendItem &item : items) {
        if (std::any_of(m_layers.begin(), m_layers.end(), [&](const LayerRows &l) { return layerName(*m_renderer, l.id) == item.section; }))
            continue;
        if (item.section != heading) {
            heading = item.section;
            auto *title = new QLabel(heading, this);
            title->setTextFormat(Qt::PlainText);
            QFont bold = title->font();
            bold.setBold(true);
            title->setFont(bold);
            m_otherRows->addWidget(title);
        }
        m_otherRows->addWidget(legendRow(item));
        m_rowTexts << QStringLiteral("%1: %2").arg(item.section, item.label);
    }
}

QWidget *LegendPanel::legendRow(const LegendItem &item)
{
    auto *row = new QWidget(this);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(24, 0, 0, 0);
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
    text->setTextFormat(Qt::PlainText);  // group and corridor names are data
    rowLayout->addWidget(icon);
    rowLayout->addWidget(text, 1);
    return row;
}

} // namespace crossroads
