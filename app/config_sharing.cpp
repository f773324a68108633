#include "config_sharing.h"

#include "dialect/dialect.h"

#include "workspace/identity_registry.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace noorm {

ConfigSharing::ConfigSharing(const ProjectSession &session, QWidget *window) : QObject(window), m_session(session), m_window(window) {}

void ConfigSharing::exportConfig(const QString &name)
{
    // Whom for: the people registered in the config's database, or a key pasted in.
    whenDone(m_session.start<QList<KnownUser>>([name](Workspace &ws, Cancellation &) -> Result<QList<KnownUser>> {
                 Result<Config> config = ws.resolveConfig(ResolveRequest{name});
                 if (!config)
                     return config.error();
                 Result<QList<KnownUser>> users = syncKnownUsers(ws, *config);
                 return users ? users : Result<QList<KnownUser>>(QList<KnownUser>{}); // offline: a key can still be pasted
             }),
             this, [this, name](const Result<QList<KnownUser>> &users) {
                 QStringList choices;
                 QStringList hashes;
                 for (const KnownUser &u : users ? *users : QList<KnownUser>{}) {
                     choices << QStringLiteral("%1 <%2> · %3 · %4").arg(u.name, u.email, u.machine, u.identityHash.left(8));
                     hashes << u.identityHash;
                 }
                 bool ok = false;
                 const QString chosen = QInputDialog::getItem(m_window, tr("Export Config"),
                                                              tr("Encrypt %1 and its secrets for (pick a teammate, or paste their public key "
                                                                 "from noorm identity export):").arg(name),
                                                              choices, 0, true, &ok);
                 if (!ok || chosen.trimmed().isEmpty())
                     return;
                 const qsizetype picked = choices.indexOf(chosen);
                 const QString to = picked >= 0 ? hashes[picked] : chosen.trimmed();
                 const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Config"),
                                                                   QDir::home().filePath(name + QStringLiteral(".noorm.enc")),
                                                                   tr("noorm shares (*.noorm.enc)"));
                 if (!path.isEmpty())
                     exportTo(name, to, path); // the dialog asked before replacing a file
             });
}

void ConfigSharing::exportTo(const QString &name, const QString &to, const QString &path)
{
    whenDone(m_session.start<ExportedConfig>([name, to, path](Workspace &ws, Cancellation &) -> Result<ExportedConfig> {
                 Result<ExportedConfig> exported = ConfigShare(ws).exportConfig(name, to);
                 if (!exported)
                     return exported.error();
                 if (Status ok = ConfigShare::writeFile(path, exported->fileContents, true); !ok)
                     return ok.error();
                 return exported;
             }),
             this, [this, path](const Result<ExportedConfig> &exported) {
                 if (!exported)
                     return emit finished(false, exported.error().toString());
                 emit finished(true, tr("Wrote %1: config %2 with %n secret(s) for %3; without your user and password", nullptr,
                                         int(exported->secretKeys.size()))
                                         .arg(QDir::toNativeSeparators(path), exported->configName,
                                              exported->recipientEmail.isEmpty() ? tr("that key") : exported->recipientEmail));
             });
}

void ConfigSharing::importConfig()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Config"), QDir::homePath(), tr("noorm shares (*.noorm.enc);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

void ConfigSharing::importFrom(const QString &path, std::function<std::optional<ConfigImport>(const SharedConfig &)> answer)
{
    whenDone(m_session.start<SharedConfig>([path](Workspace &ws, Cancellation &) { return ConfigShare(ws).open(path); }), this,
             [this, path, answer = std::move(answer)](const Result<SharedConfig> &shared) {
                 if (!shared)
                     return emit finished(false, shared.error().toString());
                 const std::optional<ConfigImport> request = answer ? answer(*shared) : askHowToImport(*shared);
                 if (request)
                     save(path, *shared, *request);
             });
}

std::optional<ConfigImport> ConfigSharing::askHowToImport(const SharedConfig &shared)
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Import Config"));
    const QJsonObject c = shared.config;
    const QJsonObject connection = c.value(QStringLiteral("connection")).toObject();
    auto *name = new QLineEdit(c.value(QStringLiteral("name")).toString(), &dialog);
    auto *user = new QLineEdit(&dialog);
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    user->setPlaceholderText(tr("your own database user"));
    password->setPlaceholderText(tr("your own password (hidden)"));
    const QString where = connection.value(QStringLiteral("host")).toString().isEmpty()
        ? connection.value(QStringLiteral("database")).toString()
        : QStringLiteral("%1:%2/%3").arg(connection.value(QStringLiteral("host")).toString(),
                                         QString::number(connection.value(QStringLiteral("port")).toInt()),
                                         connection.value(QStringLiteral("database")).toString());
    const Dialect *dialect = dialectFor(connection.value(QStringLiteral("dialect")).toString());
    const QString product = dialect ? dialect->displayName() : connection.value(QStringLiteral("dialect")).toString();
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("From:"), new QLabel(shared.sender.toHtmlEscaped(), &dialog));
    form->addRow(tr("Connects to:"), new QLabel(QStringLiteral("%1 · %2").arg(product, where).toHtmlEscaped(), &dialog));
    form->addRow(tr("Secrets:"), new QLabel(shared.secrets.isEmpty() ? tr("none") : QStringList(shared.secrets.keys()).join(QStringLiteral(", ")), &dialog));
    form->addRow(tr("Keep as:"), name);
    form->addRow(tr("User:"), user);
    form->addRow(tr("Password:"), password);
    const bool file = dialect && dialect->connection().isFileBased(); // no server: no user to log in as
    form->setRowVisible(user, !file);
    form->setRowVisible(password, !file);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(name, &QLineEdit::textChanged, buttons, [buttons](const QString &t) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.trimmed().isEmpty()); });
    form->addRow(buttons);
    dialog.resize(480, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    ConfigImport request;
    request.name = name->text().trimmed();
    request.user = user->text().trimmed();
    request.password = Secret(password->text());
    return request;
}

void ConfigSharing::save(const QString &path, const SharedConfig &shared, const ConfigImport &request)
{
    whenDone(m_session.start<Config>([shared, request](Workspace &ws, Cancellation &) { return ConfigShare(ws).import(shared, request); }), this,
             [this, path, shared, request](const Result<Config> &result) {
                 if (!result && result.error().kind == ErrorKind::Refused && !request.replace &&
                     QMessageBox::question(m_window, tr("Import Config"),
                                           tr("Config \"%1\" exists: replace it and its secrets with the imported one?")
                                               .arg(request.name.isEmpty() ? shared.config.value(QStringLiteral("name")).toString() : request.name)) ==
                         QMessageBox::Yes) {
                     ConfigImport again = request;
                     again.replace = true;
                     return save(path, shared, again);
                 }
                 if (!result)
                     return emit finished(false, result.error().toString());
                 emit finished(true, tr("Imported config %1 from %2 with %n secret(s)", nullptr, int(shared.secrets.size()))
                                         .arg(result->name, shared.sender));
                 emit imported(result->name);
             });
}

} // namespace noorm
