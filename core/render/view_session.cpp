// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/view_session.h"

#include <QSettings>

namespace crossroads {

namespace key {
const QString date = QStringLiteral("view/date");
const QString layers = QStringLiteral("view/layers");
const QString knownLayers = QStringLiteral("view/knownLayers");
const QString centre = QStringLiteral("view/centre");
const QString scale = QStringLiteral("view/scale");
const QString projection = QStringLiteral("view/projection");
const QString selected = QStringLiteral("view/selected");
const QString story = QStringLiteral("present/story");
} // namespace key

ViewSession::ViewSession(QObject *parent) : QObject(parent) {}

void ViewSession::setRecord(const Timeline *timeline, const QStringList &toggleable, const QSet<QString> &defaults)
{
    m_timeline = timeline;
    m_toggleable = toggleable;
    QSet<QString> layers = m_savedLayers ? *m_savedLayers : (m_layers.isEmpty() ? defaults : m_layers);
    if (m_savedLayers) {
        // Layers added to the data since the last run start visible.
        for (const QString &id : toggleable)
            if (!m_knownLayers.contains(id))
                layers.insert(id);
        m_savedLayers.reset();
    }
    Date date = m_date;
    if (timeline && (!date.isValid() || timeline->isBeyondRecord(date) || date.julianDay() < timeline->firstDate().julianDay()))
        date = timeline->lastDate();
    m_date = date;
    rebuildState();  // a new record: the old state points into the old one
    if (layers != m_layers) {
        m_layers = layers;
        Q_EMIT layersChanged();
    }
    Q_EMIT dateChanged(m_date);
}

void ViewSession::setDate(const Date &date)
{
    if (date == m_date)
        return;
    m_date = date;
    rebuildState();
    Q_EMIT dateChanged(m_date);
}

void ViewSession::rebuildState()
{
    if (!m_timeline || !m_date.isValid()) {
        m_state.reset();
        return;
    }
    m_state = std::make_shared<const WorldState>(m_timeline->stateAt(m_date));
    ++m_stateBuilds;
}

void ViewSession::setLayers(const QSet<QString> &layers)
{
    if (layers == m_layers)
        return;
    m_layers = layers;
    Q_EMIT layersChanged();
}

void ViewSession::setLayerVisible(const QString &id, bool visible)
{
    QSet<QString> layers = m_layers;
    if (visible)
        layers.insert(id);
    else
        layers.remove(id);
    setLayers(layers);
}

void ViewSession::setUserEvents(std::shared_ptr<const UserEvents> events)
{
    m_userEvents = std::move(events);
    if (m_userEvents)
        m_layers.insert(layers::userEvents);  // just added: the user wants to see them
    Q_EMIT layersChanged();
}

void ViewSession::setSelectedCountry(const QString &iso3)
{
    if (iso3 == m_selected)
        return;
    m_selected = iso3;
    Q_EMIT selectionChanged(m_selected);
}

void ViewSession::setProjection(const QString &presetId)
{
    if (presetId == m_projection)
        return;
    m_projection = presetId;
    Q_EMIT projectionChanged(m_projection);
}

void ViewSession::setStory(const QString &id)
{
    if (id == m_story)
        return;
    m_story = id;
    Q_EMIT storyChanged(m_story);
}

void ViewSession::setPlaying(bool playing)
{
    if (playing == m_playing)
        return;
    m_playing = playing;
    Q_EMIT playingChanged(m_playing);
}

void ViewSession::setView(const View &view)
{
    if (m_view == view)
        return;
    m_view = view;
    Q_EMIT viewChanged();
}

void ViewSession::clearView()
{
    if (!m_view)
        return;
    m_view.reset();
    Q_EMIT viewChanged();
}

MapSettings ViewSession::mapSettings(MapSettings base) const
{
    base.date = m_date;
    base.layers = m_layers;
    base.selectedCountry = m_selected;
    base.userEvents = m_userEvents;
    base.worldState = m_state;
    return base;
}

void ViewSession::load(const QSettings &settings)
{
    const Result<Date> date = Date::parse(settings.value(key::date).toString());
    m_date = date ? date.value() : Date();
    m_state.reset();
    const QVariant layers = settings.value(key::layers);
    if (layers.isValid()) {
        const QStringList ids = layers.toStringList();
        m_savedLayers = QSet<QString>(ids.begin(), ids.end());
        m_savedLayers->remove(layers::userEvents);  // the file they came from is not reopened
        m_knownLayers = settings.value(key::knownLayers).toStringList();
    } else {
        m_savedLayers.reset();
    }
    m_selected = settings.value(key::selected).toString();
    m_projection = settings.value(key::projection).toString();
    m_story = settings.value(key::story).toString();
    if (settings.contains(key::scale))
        m_view = View{settings.value(key::centre).toPointF(), settings.value(key::scale).toDouble()};
    else
        m_view.reset();
}

void ViewSession::save(QSettings &settings) const
{
    if (m_date.isValid())
        settings.setValue(key::date, m_date.toIsoString());
    if (m_timeline) {
        settings.setValue(key::layers, QStringList(m_layers.begin(), m_layers.end()));
        settings.setValue(key::knownLayers, m_toggleable);
    }
    settings.setValue(key::selected, m_selected);
    if (!m_projection.isEmpty())
        settings.setValue(key::projection, m_projection);
    if (!m_story.isEmpty())
        settings.setValue(key::story, m_story);
    if (m_view) {
        settings.setValue(key::centre, m_view->centre);
        settings.setValue(key::scale, m_view->metresPerPixel);
    }
}

} // namespace crossroads
