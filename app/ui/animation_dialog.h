// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/animation_exporter.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace crossroads {

// File > Export animation: a film of a run of dates or of a story, to MP4,
// WebM or GIF by the file's extension. Rendering and encoding run off the
// GUI thread; the progress bar follows them and Cancel stops them, leaving
// no file behind (and an old one intact).
class AnimationDialog : public QDialog
{
    Q_OBJECT
public:
    AnimationDialog(std::shared_ptr<const MapExporter> exporter, std::vector<Story> stories, const MapSettings &view,
                    QWidget *parent = nullptr);
    ~AnimationDialog() override;

    // What the dialog would export; an error names the field that is wrong.
    Result<AnimationPlan> plan() const;
    ExportSettings baseSettings() const;
    QLineEdit *outputField() const { return m_output; }

    // Starts the export to the output field's file; false (and a message
    // on the dialog) when the settings are not usable.
    bool start();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    QString statusText() const;
    int progressValue() const;

Q_SIGNALS:
    void exportFinished(bool ok);

protected:
    void reject() override;

private:
    void browse();
    void finished();
    void updateModeFields();
    void showProblem(const QString &message);

    std::shared_ptr<const MapExporter> m_exporter;
    std::vector<Story> m_stories;
    MapSettings m_view;
    QRadioButton *m_datesMode = nullptr;
    QRadioButton *m_storyMode = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QComboBox *m_story = nullptr;
    QComboBox *m_size = nullptr;
    QSpinBox *m_fps = nullptr;
    QDoubleSpinBox *m_seconds = nullptr;
    QComboBox *m_pacing = nullptr;
    QLineEdit *m_output = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_cancelButton = nullptr;

    std::atomic<bool> m_cancel{false};
    std::atomic<int> m_done{0};
    std::unique_ptr<AnimationPlan> m_runningPlan;
    QFutureWatcher<std::optional<Error>> m_watcher;
};

} // namespace crossroads
