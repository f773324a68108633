#pragma once
// ConfigSharing: `config export` and `config import` in windows. Export asks whom the config
// is for (someone registered in its database, or a public key pasted from them) and where to
// save the .noorm.enc file; import opens one, shows who sent it, what it connects to and which
// secrets come with it, and asks the name to keep it under and your own user and password.
// The core ConfigShare does the work, off the GUI thread.

#include "project_session.h"
#include "workspace/config_share.h"

#include <QObject>

class QWidget;

namespace noorm {

class ConfigSharing : public QObject {
    Q_OBJECT
public:
    ConfigSharing(const ProjectSession &session, QWidget *window);

    // With dialogs.
    void exportConfig(const QString &name);
    void importConfig();

    // The steps, without dialogs. `to`: a public key, an email or an identity hash.
    void exportTo(const QString &name, const QString &to, const QString &path);
    // Opens the share and asks (a dialog by default, `answer` in tests) how to keep it.
    void importFrom(const QString &path, std::function<std::optional<ConfigImport>(const SharedConfig &)> answer = {});

signals:
    void finished(bool ok, const QString &message);
    void imported(const QString &name);

private:
    std::optional<ConfigImport> askHowToImport(const SharedConfig &shared);
    void save(const QString &path, const SharedConfig &shared, const ConfigImport &request);

    ProjectSession m_session;
    QWidget *m_window;
};

} // namespace noorm
