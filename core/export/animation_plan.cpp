// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/animation_plan.h"

#include <algorithm>
#include <cmath>

namespace crossroads {
namespace {

// The titles of the latest events on or before `date` (and not before
// `since`): what the caption line shows as their day passes.
class CaptionFinder
{
public:
    CaptionFinder(const Timeline &timeline, const Date &since) : m_events(timeline.events()), m_since(since) {}

    QString at(const Date &date)
    {
        // Frames go forward in time: the cursor only advances.
        while (m_next < m_events.size() && m_events[m_next].date.julianDay() <= date.julianDay())
            ++m_next;
        if (m_next == 0)
            return {};
        const qint64 day = m_events[m_next - 1].date.julianDay();
        if (day < m_since.julianDay())
            return {};
        QStringList titles;
        for (size_t i = m_next; i-- > 0 && m_events[i].date.julianDay() == day;)
            titles.prepend(m_events[i].title);
        return QStringLiteral("%1: %2").arg(m_events[m_next - 1].date.toDisplayString(), titles.join(QStringLiteral("; ")));
    }

private:
    const std::vector<Event> &m_events;
    Date m_since;
    size_t m_next = 0;
};

Error planError(const QString &message)
{
    return Error{{}, {}, message};
}

} // namespace

Result<AnimationPlan> AnimationPlan::forDates(const Timeline &timeline, const Date &from, const Date &to, int fps,
                                              std::optional<double> duration, std::optional<double> perEvent)
{
    if (!from.isValid() || !to.isValid())
        return planError(QStringLiteral("a film needs --from and --to dates"));
    if (to.julianDay() <= from.julianDay())
        return planError(QStringLiteral("--to (%1) must be after --from (%2)").arg(to.toIsoString(), from.toIsoString()));
    if (fps < 1 || fps > 120)
        return planError(QStringLiteral("--fps must be between 1 and 120, not %1").arg(fps));
    if (duration && perEvent)
        return planError(QStringLiteral("give --duration or --per-event, not both"));
    AnimationPlan plan;
    plan.fps = fps;
    CaptionFinder captions(timeline, from);
    if (perEvent) {
        if (!(*perEvent > 0) || *perEvent > kMaxSeconds)
            return planError(QStringLiteral("--per-event must be more than 0 and at most %1 seconds").arg(kMaxSeconds));
        // The first day, then each event's day up to the last.
        std::vector<Date> stops{from};
        for (const Date &d : timeline.eventDates())
            if (d.julianDay() > from.julianDay() && d.julianDay() <= to.julianDay())
                stops.push_back(Date::fromDay(d.firstDay()));
        const int hold = std::max(1, int(std::lround(*perEvent * fps)));
        if (double(stops.size()) * hold > kMaxSeconds * fps)
            return planError(QStringLiteral("%1 events at %2 s each is longer than an hour").arg(stops.size()).arg(*perEvent));
        for (const Date &d : stops) {
            const QString caption = captions.at(d);
            for (int i = 0; i < hold; ++i)
                plan.frames.push_back({d, caption});
        }
        return plan;
    }
    const double seconds = duration.value_or(20.0);
    if (!(seconds > 0) || seconds > kMaxSeconds)
        return planError(QStringLiteral("--duration must be more than 0 and at most %1 seconds").arg(kMaxSeconds));
    const int count = std::max(1, int(std::lround(seconds * fps)));
    const qint64 days = to.julianDay() - from.julianDay();
    plan.frames.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        // The last frame lands exactly on `to`.
        const qint64 offset = count > 1 ? qint64(std::llround(double(days) * i / (count - 1))) : days;
        const Date d = Date::fromDay(from.firstDay().addDays(offset));
        plan.frames.push_back({d, captions.at(d)});
    }
    return plan;
}

Result<AnimationPlan> AnimationPlan::forStory(const Story &story, int fps, double perStep)
{
    if (story.steps.empty())
        return planError(QStringLiteral("the story '%1' has no steps").arg(story.id));
    if (fps < 1 || fps > 120)
        return planError(QStringLiteral("--fps must be between 1 and 120, not %1").arg(fps));
    if (!(perStep >= 2 * kFlightSeconds) || perStep * double(story.steps.size()) > kMaxSeconds)
        return planError(QStringLiteral("--per-event must be at least %1 s per step and the film at most an hour").arg(2 * kFlightSeconds));
    AnimationPlan plan;
    plan.fps = fps;
    plan.story = story;
    const int hold = int(std::lround(perStep * fps));
    for (int s = 0; s < int(story.steps.size()); ++s) {
        const StoryStep &step = story.steps[size_t(s)];
        for (int i = 0; i < hold; ++i) {
            AnimationFrame f{step.date, step.title, s};
            // 0..1: the flight; 1..2: landed, the changed countries pulse
            // once (PresenterView::tick). The first step opens landed.
            const double t = s == 0 ? 2.0 : double(i) / fps / kFlightSeconds;
            f.flight = std::min(1.0, t);
            f.pulse = t >= 1.0 && t < 2.0 ? std::sin((t - 1.0) * M_PI) : 0.0;
            plan.frames.push_back(f);
        }
    }
    return plan;
}

std::vector<LegendItem> AnimationPlan::legend(const Atlas &atlas, const QSet<QString> &layers, const Style &style) const
{
    // Distinct dates only: a film of 1800 frames over six years has about
    // as many, each a cheap stateAt().
    std::vector<std::pair<int, LegendItem>> all;  // (rank, item)
    auto rankOf = [&](const LegendItem &item) {
        int section = 0;
        for (const Group &g : atlas.timeline.groups()) {
            if (g.name == item.section)
                break;
            ++section;
        }
        return section * 1000 + int(item.symbol) * 100 + int(item.standing) * 10 + int(item.status);
    };
    qint64 lastDay = 0;
    for (const AnimationFrame &frame : frames) {
        if (frame.date.julianDay() == lastDay)
            continue;
        lastDay = frame.date.julianDay();
        MapSettings map;
        map.date = frame.date;
        map.layers = story && frame.step >= 0 && story->steps[size_t(frame.step)].layers
                         ? *story->steps[size_t(frame.step)].layers
                         : layers;
        for (const LegendItem &item : legendItems(atlas, map, style)) {
            const bool known = std::any_of(all.begin(), all.end(), [&](const auto &have) {
                return have.second.section == item.section && have.second.label == item.label;
            });
            if (!known)
                all.emplace_back(rankOf(item), item);
        }
    }
    // Standings strongest first within a group, as legendItems() lists them.
    std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
        if (a.first / 1000 != b.first / 1000)
            return a.first / 1000 < b.first / 1000;
        if (a.second.symbol != b.second.symbol)
            return int(a.second.symbol) < int(b.second.symbol);
        return a.second.standing != b.second.standing && a.second.standing != Standing::None
                   ? int(a.second.standing) > int(b.second.standing)
                   : false;
    });
    std::vector<LegendItem> items;
    for (auto &[rank, item] : all)
        items.push_back(item);
    return items;
}

} // namespace crossroads
