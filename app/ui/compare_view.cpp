// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare_view.h"

#include "render/legend.h"
#include "render/palette.h"
#include "ui/timeline_bar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

namespace crossroads {

CompareView::CompareView(std::shared_ptr<const MapRenderer> renderer, const MapSettings &start, QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("compareView"));
    setWindowTitle(tr("Compare two dates"));  // Qt appends the application name
    const Timeline &timeline = renderer->geo().atlas().timeline;
    m_map = new CompareMap(renderer, start, this);
    m_track = new CompareTrack(timeline.firstDate(), timeline.lastDate(), this);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("compareMode"));
    m_mode->addItem(tr("Swipe"));
    m_mode->addItem(tr("Side by side"));
    m_fieldA = new QLineEdit(this);
    m_fieldA->setObjectName(QStringLiteral("dateA"));
    m_fieldB = new QLineEdit(this);
    m_fieldB->setObjectName(QStringLiteral("dateB"));
    for (QLineEdit *f : {m_fieldA, m_fieldB})
        f->setMaximumWidth(160);
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("A"), this));
    controls->addWidget(m_fieldA);
    controls->addWidget(m_track, 1);
    controls->addWidget(new QLabel(tr("B"), this));
    controls->addWidget(m_fieldB);
    controls->addWidget(m_mode);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_map, 1);
    layout->addLayout(controls);
    layout->addWidget(m_message);

    connect(m_track, &CompareTrack::datesRequested, this, &CompareView::setDates);
    connect(m_fieldA, &QLineEdit::returnPressed, this, [this] { typed(m_fieldA, true); });
    connect(m_fieldB, &QLineEdit::returnPressed, this, [this] { typed(m_fieldB, false); });
    connect(m_mode, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int i) { m_map->setMode(i == 0 ? Mode::Swipe : Mode::SideBySide); });

    // A year before the date on screen, and that date.
    const Date b = start.date.isValid() ? start.date : timeline.lastDate();
    Date a = Date::fromDay(b.firstDay().addYears(-1));
    if (timeline.firstDate().isValid() && a < timeline.firstDate())
        a = timeline.firstDate();
    setDates(a, b);
}

void CompareView::setDates(const Date &a, const Date &b)
{
    m_map->setDates(a, b);
    m_track->setDates(a, b);
    syncFields();
}

Date CompareView::dateA() const { return m_map->dateA(); }
Date CompareView::dateB() const { return m_map->dateB(); }

void CompareView::setMode(Mode mode)
{
    m_mode->setCurrentIndex(mode == Mode::Swipe ? 0 : 1);
    m_map->setMode(mode);
}

CompareView::Mode CompareView::mode() const { return m_map->mode(); }

QString CompareView::message() const { return m_message->text(); }

void CompareView::syncFields()
{
    m_fieldA->setText(dateA().toDisplayString());
    m_fieldB->setText(dateB().toDisplayString());
}

void CompareView::typed(QLineEdit *field, bool first)
{
    Result<Date> d = TimelineBar::parseTypedDate(field->text());
    if (!d) {
        m_message->setText(d.error().message);
        field->selectAll();
        return;
    }
    m_message->clear();
    setDates(first ? d.value() : dateA(), first ? dateB() : d.value());
}

CompareMap::CompareMap(std::shared_ptr<const MapRenderer> renderer, const MapSettings &start, QWidget *parent)
    : QWidget(parent), m_renderer(std::move(renderer)), m_a(start), m_b(start), m_viewport(start.viewport)
{
    setObjectName(QStringLiteral("compareMap"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setMinimumSize(320, 200);
    for (MapSettings *s : {&m_a, &m_b}) {
        s->selectedCountry.clear();
        s->hoveredCountry.clear();
        s->pulse = 0;
        s->changedSince.reset();
    }
}

void CompareMap::setDates(const Date &a, const Date &b)
{
    m_a.date = a;
    m_b.date = b;
    // Only the later map is outlined: the earlier one must not hint at
    // what had not happened yet on its date.
    MapSettings &later = b < a ? m_a : m_b;
    MapSettings &earlier = b < a ? m_b : m_a;
    later.changedSince = earlier.date;
    later.pulse = 1.0;
    earlier.changedSince.reset();
    earlier.pulse = 0.0;
    updateDiffering();
    update();
}

void CompareMap::updateDiffering()
{
    m_differing.clear();
    const Atlas &atlas = m_renderer->geo().atlas();
    const std::vector<bool> changed =
        Palette::changedCountries(atlas, atlas.timeline.stateAt(m_a.date), atlas.timeline.stateAt(m_b.date));
    for (size_t i = 0; i < changed.size(); ++i)
        if (changed[i])
            m_differing << atlas.countries[i].iso3;
}

void CompareMap::setMode(CompareView::Mode mode)
{
    if (mode == m_mode)
        return;
    // Keep the same centre and scale; only the panes change.
    m_mode = mode;
    m_viewport.setSize(paneA().size().toSize());
    update();
}

QRectF CompareMap::paneA() const
{
    if (m_mode == CompareView::Mode::Swipe)
        return QRectF(rect());
    return QRectF(0, 0, std::floor(width() / 2.0) - 1, height());
}

QRectF CompareMap::paneB() const
{
    if (m_mode == CompareView::Mode::Swipe)
        return QRectF(rect());
    const double half = std::floor(width() / 2.0);
    return QRectF(half + 1, 0, width() - half - 1, height());
}

void CompareMap::resizeEvent(QResizeEvent *)
{
    m_viewport.setSize(paneA().size().toSize());
    if (!m_fitted) {
        m_viewport.fitExtent(m_renderer->geo().homeExtent());
        m_fitted = true;
    }
    m_divider = std::clamp(m_divider > 0 ? m_divider : width() / 2.0, 0.0, double(width()));
}

QPointF CompareMap::pixelOnA(LonLat p) const
{
    return paneA().topLeft() + m_viewport.toPixels(m_renderer->geo().project(p));
}

QPointF CompareMap::pixelOnB(LonLat p) const
{
    return paneB().topLeft() + m_viewport.toPixels(m_renderer->geo().project(p));
}

void CompareMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const qreal dpr = devicePixelRatioF();
    auto draw = [&](MapSettings &s, RenderCache &cache, const QRectF &pane, const QRectF &clip) {
        s.viewport = m_viewport;
        s.viewport.setSize(pane.size().toSize());
        s.devicePixelRatio = dpr;
        QImage image(s.viewport.size() * dpr, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter p(&image);
        p.scale(dpr, dpr);
        m_renderer->render(p, s, &cache);
        p.end();
        painter.save();
        painter.setClipRect(clip);
        painter.drawImage(pane, image, QRectF(image.rect()));
        painter.restore();
    };
    if (m_mode == CompareView::Mode::Swipe) {
        draw(m_a, m_cacheA, paneA(), QRectF(0, 0, m_divider, height()));
        draw(m_b, m_cacheB, paneB(), QRectF(m_divider, 0, width() - m_divider, height()));
    } else {
        painter.fillRect(rect(), palette().window());
        draw(m_a, m_cacheA, paneA(), paneA());
        draw(m_b, m_cacheB, paneB(), paneB());
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(17);
    font.setBold(true);
    painter.setFont(font);
    // The date of each side, at its top.
    auto dateBox = [&](const QString &text, QPointF anchor, bool right) {
        const double w = QFontMetricsF(font).horizontalAdvance(text) + 20;
        const QRectF box(right ? anchor.x() - w : anchor.x(), anchor.y(), w, 30);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 235));
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(m_renderer->style().label);
        painter.drawText(box, Qt::AlignCenter, text);
    };
    if (m_mode == CompareView::Mode::Swipe) {
        // The divider with a grip, draggable anywhere along it.
        painter.setPen(QPen(QColor(20, 20, 20, 200), 3));
        painter.drawLine(QPointF(m_divider, 0), QPointF(m_divider, height()));
        painter.setPen(QPen(Qt::white, 1));
        painter.drawLine(QPointF(m_divider, 0), QPointF(m_divider, height()));
        painter.setBrush(Qt::white);
        painter.setPen(QPen(QColor(20, 20, 20), 1.5));
        painter.drawEllipse(QPointF(m_divider, height() / 2.0), 12, 12);
        dateBox(QStringLiteral("A: ") + m_a.date.toDisplayString(), QPointF(std::max(8.0, m_divider - 10), 8), true);
        dateBox(QStringLiteral("B: ") + m_b.date.toDisplayString(), QPointF(std::min(width() - 8.0, m_divider + 10), 8), false);
    } else {
        dateBox(QStringLiteral("A: ") + m_a.date.toDisplayString(), paneA().topLeft() + QPointF(8, 8), false);
        dateBox(QStringLiteral("B: ") + m_b.date.toDisplayString(), paneB().topLeft() + QPointF(8, 8), false);
    }
    // One legend for both dates: every entry either needs.
    std::vector<LegendItem> items = legendItems(m_renderer->geo().atlas(), m_a, m_renderer->style());
    for (const LegendItem &item : legendItems(m_renderer->geo().atlas(), m_b, m_renderer->style()))
        if (std::none_of(items.begin(), items.end(),
                         [&](const LegendItem &i) { return i.section == item.section && i.label == item.label; }))
            items.push_back(item);
    std::stable_sort(items.begin(), items.end(), [](const LegendItem &x, const LegendItem &y) { return x.section < y.section; });
    if (!items.empty()) {
        const double maxHeight = height() * 0.45;
        QImage scratch(1, 1, QImage::Format_ARGB32_Premultiplied);
        QPainter measure(&scratch);
        const QRectF size = drawLegend(measure, QPointF(0, 0), items, m_renderer->style(), 1.0, maxHeight);
        measure.end();
        drawLegend(painter, QPointF(10, height() - size.height() - 10), items, m_renderer->style(), 1.0, maxHeight);
    }
    if (!m_differing.isEmpty()) {
        QFont small = font;
        small.setPixelSize(12);
        small.setBold(false);
        painter.setFont(small);
        const QString note = tr("Outlined: %n countries whose standing differs", nullptr, int(m_differing.size()));
        const double w = QFontMetricsF(small).horizontalAdvance(note) + 16;
        const QRectF box(width() - w - 10, height() - 34, w, 24);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 225));
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(box, Qt::AlignCenter, note);
    }
}

bool CompareMap::nearDivider(QPointF p) const
{
    return m_mode == CompareView::Mode::Swipe && std::abs(p.x() - m_divider) <= 10;
}

void CompareMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_drag = nearDivider(event->position()) ? Drag::Divider : Drag::Pan;
    m_last = event->position();
}

void CompareMap::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF p = event->position();
    if (m_drag == Drag::None) {
        setCursor(nearDivider(p) ? Qt::SplitHCursor : Qt::OpenHandCursor);
        return;
    }
    if (m_drag == Drag::Divider) {
        m_divider = std::clamp(p.x(), 0.0, double(width()));
    } else {
        // One viewport for both maps: a pan in either moves both.
        m_viewport.panBy(p - m_last);
        Q_EMIT viewChanged();
    }
    m_last = p;
    update();
}

void CompareMap::mouseReleaseEvent(QMouseEvent *)
{
    m_drag = Drag::None;
}

void CompareMap::wheelEvent(QWheelEvent *event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches != 0.0) {
        QPointF anchor = event->position();
        if (m_mode == CompareView::Mode::SideBySide && paneB().contains(anchor))
            anchor -= paneB().topLeft();
        m_viewport.zoomAt(anchor, std::pow(1.25, notches));
        Q_EMIT viewChanged();
        update();
    }
    event->accept();
}

CompareTrack::CompareTrack(Date first, Date last, QWidget *parent) : QWidget(parent), m_first(first), m_last(last)
{
    setObjectName(QStringLiteral("compareTrack"));
    setMinimumWidth(200);
    setMinimumHeight(34);
}

void CompareTrack::setDates(const Date &a, const Date &b)
{
    m_a = a;
    m_b = b;
    update();
}

double CompareTrack::xOf(const Date &date) const
{
    const double span = std::max<qint64>(1, m_last.julianDay() - m_first.julianDay());
    return 12 + (width() - 24) * (date.julianDay() - m_first.julianDay()) / span;
}

Date CompareTrack::dateAt(double x) const
{
    const double t = std::clamp((x - 12) / std::max(1.0, width() - 24.0), 0.0, 1.0);
    return Date::fromDay(m_first.firstDay().addDays(qint64(std::llround(t * double(m_last.julianDay() - m_first.julianDay())))));
}

void CompareTrack::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const double y = height() / 2.0;
    p.setPen(QPen(palette().mid().color(), 3, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(12, y), QPointF(width() - 12, y));
    QFont font = p.font();
    font.setBold(true);
    p.setFont(font);
    auto handle = [&](const Date &d, const QString &label, const QColor &colour) {
        const QPointF c(xOf(d), y);
        p.setPen(QPen(Qt::white, 1.5));
        p.setBrush(colour);
        p.drawEllipse(c, 10, 10);
        p.setPen(Qt::white);
        p.drawText(QRectF(c.x() - 10, c.y() - 10, 20, 20), Qt::AlignCenter, label);
    };
    handle(m_a, QStringLiteral("A"), QColor(0x2b, 0x5c, 0x8a));
    handle(m_b, QStringLiteral("B"), QColor(0xb0, 0x4a, 0x1a));
}

void CompareTrack::mousePressEvent(QMouseEvent *event)
{
    const double x = event->position().x();
    // Handles on top of each other: B (usually the one being moved on).
    m_dragging = std::abs(x - xOf(m_a)) < std::abs(x - xOf(m_b)) ? 1 : 2;
    mouseMoveEvent(event);
}

void CompareTrack::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_dragging == 0)
        return;
    const Date d = dateAt(event->position().x());
    Q_EMIT datesRequested(m_dragging == 1 ? d : m_a, m_dragging == 2 ? d : m_b);
}

} // namespace crossroads
