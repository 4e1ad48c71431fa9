// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/animation_dialog.h"

#include "ui/timeline_bar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace crossroads {
namespace {

constexpr QSize kSizes[] = {{1920, 1080}, {1280, 720}, {960, 540}, {640, 360}};

} // namespace

AnimationDialog::AnimationDialog(std::shared_ptr<const MapExporter> exporter, std::vector<Story> stories,
                                 const MapSettings &view, QWidget *parent)
    : QDialog(parent), m_exporter(std::move(exporter)), m_stories(std::move(stories)), m_view(view)
{
    setWindowTitle(tr("Export animation"));
    const Timeline &timeline = m_exporter->renderer().geo().atlas().timeline;
    m_datesMode = new QRadioButton(tr("Dates"), this);
    m_storyMode = new QRadioButton(tr("Story"), this);
    m_datesMode->setChecked(true);
    m_from = new QLineEdit(this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QLineEdit(this);
    m_to->setObjectName(QStringLiteral("toDate"));
    // From a few years before the date on screen up to it.
    const Date shown = view.date.isValid() ? view.date : timeline.lastDate();
    Date earliest = Date::fromDay(shown.firstDay().addYears(-6));
    if (timeline.firstDate().isValid() && earliest < timeline.firstDate())
        earliest = timeline.firstDate();
    m_from->setText(earliest.toIsoString());
    m_to->setText(shown.toIsoString());
    m_story = new QComboBox(this);
    for (const Story &s : m_stories)
        m_story->addItem(s.title, s.id);
    m_size = new QComboBox(this);
    for (const QSize &s : kSizes)
        m_size->addItem(QStringLiteral("%1 × %2").arg(s.width()).arg(s.height()), s);
    m_fps = new QSpinBox(this);
    m_fps->setRange(1, 60);
    m_fps->setValue(30);
    m_fps->setSuffix(tr(" frames/s"));
    m_pacing = new QComboBox(this);
    m_pacing->addItem(tr("Length of the film"));
    m_pacing->addItem(tr("Seconds per event"));
    m_seconds = new QDoubleSpinBox(this);
    m_seconds->setRange(0.5, AnimationPlan::kMaxSeconds);
    m_seconds->setValue(20);
    m_seconds->setSuffix(tr(" s"));
    m_output = new QLineEdit(this);
    m_output->setObjectName(QStringLiteral("outputFile"));
    m_output->setText(QStandardPaths::writableLocation(QStandardPaths::MoviesLocation) +
                      QStringLiteral("/crossroads-%1.mp4").arg(shown.toIsoString()));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &AnimationDialog::browse);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("animationProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("animationStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_datesMode);
    modeRow->addWidget(m_storyMode);
    modeRow->addStretch(1);
    auto *datesRow = new QHBoxLayout;
    datesRow->addWidget(m_from);
    datesRow->addWidget(new QLabel(tr("to"), this));
    datesRow->addWidget(m_to);
    auto *pacingRow = new QHBoxLayout;
    pacingRow->addWidget(m_pacing);
    pacingRow->addWidget(m_seconds);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Film of"), modeRow);
    form->addRow(tr("Dates"), datesRow);
    form->addRow(tr("Story"), m_story);
    form->addRow(tr("Timing"), pacingRow);
    form->addRow(tr("Size"), m_size);
    form->addRow(tr("Frame rate"), m_fps);
    form->addRow(tr("File (.mp4, .webm, .gif)"), outputRow);

    auto *buttons = new QDialogButtonBox(this);
    m_exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_exportButton, &QPushButton::clicked, this, [this] { this->start(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &AnimationDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_datesMode, &QRadioButton::toggled, this, &AnimationDialog::updateModeFields);
    connect(m_pacing, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int index) {
        m_seconds->setValue(index == 0 ? 20.0 : (m_storyMode->isChecked() ? 5.0 : 1.0));
    });
    connect(&m_watcher, &QFutureWatcher<std::optional<Error>>::finished, this, &AnimationDialog::finished);
    updateModeFields();
}

AnimationDialog::~AnimationDialog()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void AnimationDialog::updateModeFields()
{
    const bool dates = m_datesMode->isChecked();
    m_from->setEnabled(dates);
    m_to->setEnabled(dates);
    m_story->setEnabled(!dates && m_story->count() > 0);
    m_storyMode->setEnabled(m_story->count() > 0);
    // A story plays step by step.
    if (!dates)
        m_pacing->setCurrentIndex(1);
    m_pacing->setEnabled(dates);
}

Result<AnimationPlan> AnimationDialog::plan() const
{
    const int fps = m_fps->value();
    const double seconds = m_seconds->value();
    if (m_storyMode->isChecked()) {
        const int index = m_story->currentIndex();
        if (index < 0 || index >= int(m_stories.size()))
            return Error{{}, {}, tr("Choose a story.")};
        return AnimationPlan::forStory(m_stories[size_t(index)], fps, seconds);
    }
    Result<Date> from = TimelineBar::parseTypedDate(m_from->text());
    if (!from)
        return Error{{}, {}, tr("From: %1").arg(from.error().message)};
    Result<Date> to = TimelineBar::parseTypedDate(m_to->text());
    if (!to)
        return Error{{}, {}, tr("To: %1").arg(to.error().message)};
    const bool perEvent = m_pacing->currentIndex() == 1;
    return AnimationPlan::forDates(m_exporter->renderer().geo().atlas().timeline, from.value(), to.value(), fps,
                                   perEvent ? std::nullopt : std::optional<double>(seconds),
                                   perEvent ? std::optional<double>(seconds) : std::nullopt);
}

ExportSettings AnimationDialog::baseSettings() const
{
    ExportSettings s;
    s.size = m_size->currentData().toSize();
    s.date = m_view.date;
    s.layers = m_view.layers;
    // The view on screen frames a film of dates; a story frames its steps.
    s.projectedExtent = m_view.viewport.visibleMetres();
    return s;
}

void AnimationDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export animation"), m_output->text(),
                                                      tr("MP4 video (*.mp4);;WebM video (*.webm);;Animated GIF (*.gif)"));
    if (!path.isEmpty())
        m_output->setText(path);
}

void AnimationDialog::showProblem(const QString &message)
{
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->setText(message);
}

bool AnimationDialog::start()
{
    if (isRunning())
        return false;
    const QString path = m_output->text().trimmed();
    if (!AnimationExporter::handles(path)) {
        showProblem(tr("The file must end in .mp4, .webm or .gif."));
        return false;
    }
    Result<AnimationPlan> p = plan();
    if (!p) {
        showProblem(p.error().message);
        return false;
    }
    const ExportSettings base = baseSettings();
    if (auto problem = base.validate(m_exporter->renderer())) {
        showProblem(problem->message);
        return false;
    }
    m_runningPlan = std::make_unique<AnimationPlan>(std::move(p.value()));
    m_cancel = false;
    m_done = 0;
    m_progress->setValue(0);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Rendering and encoding %1 frames…").arg(m_runningPlan->frames.size()));
    m_exportButton->setEnabled(false);
    const AnimationPlan *plan = m_runningPlan.get();
    std::shared_ptr<const MapExporter> exporter = m_exporter;
    m_watcher.setFuture(QtConcurrent::run([this, exporter, plan, base, path]() {
        return AnimationExporter(*exporter).write(path, base, *plan, &m_cancel, [this](int done, int total) {
            const int percent = total > 0 ? done * 100 / total : 0;
            if (m_done.exchange(percent) != percent)
                QMetaObject::invokeMethod(m_progress, "setValue", Qt::QueuedConnection, Q_ARG(int, percent));
        });
    }));
    return true;
}

void AnimationDialog::cancel()
{
    m_cancel = true;
}

void AnimationDialog::reject()
{
    // Cancel stops a running export first; a second Cancel closes.
    if (isRunning()) {
        cancel();
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void AnimationDialog::finished()
{
    const std::optional<Error> problem = m_watcher.result();
    m_exportButton->setEnabled(true);
    if (problem) {
        m_progress->setValue(0);
        if (problem->message == AnimationExporter::cancelledMessage()) {
            m_status->setStyleSheet(QString());
            m_status->setText(tr("Cancelled; nothing was written."));
        } else {
            showProblem(problem->toString());
        }
        Q_EMIT exportFinished(false);
        return;
    }
    m_progress->setValue(100);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Written: %1").arg(QFileInfo(m_output->text().trimmed()).absoluteFilePath()));
    Q_EMIT exportFinished(true);
}

QString AnimationDialog::statusText() const
{
    return m_status->text();
}

int AnimationDialog::progressValue() const
{
    return m_progress->value();
}

} // namespace crossroads
