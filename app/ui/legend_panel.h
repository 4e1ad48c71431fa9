// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/map_renderer.h"

#include <QWidget>

class QCheckBox;
class QVBoxLayout;

namespace crossroads {

struct LegendItem;
class ViewSession;

// Layer toggles with the legend of what is drawn: one checkbox per layer,
// and under each overlay the symbols present on the date, drawn by the
// same code as the map's. Shows and changes the session's layers: a box is
// checked exactly when the map draws its layer.
class LegendPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LegendPanel(QWidget *parent = nullptr);

    void setSession(ViewSession *session);
    void setRenderer(const MapRenderer *renderer);

    // Names of the rows shown, for tests: "Abraham Accords: member", ...
    QStringList rowTexts() const { return m_rowTexts; }

private:
    // Rebuilds the rows for what the session draws.
    void refresh();
    static QString layerName(const MapRenderer &renderer, const QString &id);
    void addLayerRows(const QString &id);
    QWidget *legendRow(const LegendItem &item);
    struct LayerRows
    {
        QString id;
        QCheckBox *toggle = nullptr;  // kept while the renderer is: a click must not delete its own box
        QVBoxLayout *rows = nullptr;  // the symbols, rebuilt on every update
    };
    const MapRenderer *m_renderer = nullptr;
    ViewSession *m_session = nullptr;
    QVBoxLayout *m_layout = nullptr;
    std::vector<LayerRows> m_layers;
    QVBoxLayout *m_otherRows = nullptr;  // rows of no layer (territory), after the layers
    QStringList m_rowTexts;
    QStringList m_shownTexts;  // every item's text, to skip unchanged rebuilds
};

} // namespace crossroads
