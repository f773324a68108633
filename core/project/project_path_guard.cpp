#include "project/project_path_guard.h"

#include "common/private_file.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace noorm {

namespace {

// More links than this in one path is a loop (Linux gives up after 40 as well).
constexpr int kMaxLinkHops = 40;

bool isInside(const QString &path, const QString &root)
{
    if (path.isEmpty() || root.isEmpty())
        return false;
    if (path == root || root == QLatin1String("/"))
        return true;
    return path.startsWith(root) && path.at(root.size()) == QLatin1Char('/');
}

} // namespace

ProjectPathGuard::ProjectPathGuard(const QString &projectRoot)
{
    if (projectRoot.isEmpty())
        return;
    m_root = QDir::cleanPath(QFileInfo(projectRoot).absoluteFilePath());
    m_canonicalRoot = resolved(m_root);
}

QString ProjectPathGuard::shown(const QString &path) const
{
    if (m_root.isEmpty() || !QDir::isAbsolutePath(path))
        return path;
    const QString relative = QDir(m_root).relativeFilePath(path);
    return relative == QLatin1String("..") || relative.startsWith(QLatin1String("../")) ? path : relative;
}

QString ProjectPathGuard::resolved(const QString &path)
{
    // Not cleaned first: "link/.." is the link target's parent, not the link's folder.
    QString existing = QFileInfo(path).absoluteFilePath();
    QStringList rest; // the part that does not exist yet, outermost first
    for (int hops = 0; hops <= kMaxLinkHops;) {
        const QFileInfo info(existing);
        if (info.exists()) {
            rest.prepend(info.canonicalFilePath());
            return QDir::cleanPath(rest.join(QLatin1Char('/')));
        }
        if (info.isSymLink()) { // a dangling link: a write would create its target
            existing = info.symLinkTarget();
            ++hops;
            continue;
        }
        const QString parent = info.path();
        if (parent == existing)
            return QDir::cleanPath(existing + QLatin1Char('/') + rest.join(QLatin1Char('/')));
        rest.prepend(info.fileName());
        existing = parent;
    }
    return {};
}

Status ProjectPathGuard::check(const QString &path, const QString &shownAs) const
{
    if (m_root.isEmpty())
        return {};
    const QString real = resolved(path);
    if (isInside(real, m_canonicalRoot))
        return {};
    const QString name = shownAs.isEmpty() ? path : shownAs;
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QString message;
    if (!isInside(absolute, m_root))
        message = QStringLiteral("%1 is outside the project").arg(name);
    else if (real.isEmpty())
        message = QStringLiteral("%1 is a symbolic link loop").arg(name);
    else
        message = QStringLiteral("%1 leads outside the project through a symbolic link (to %2)").arg(name, real);
    return Error::refused(message + QStringLiteral("; noorm reads and writes only files inside the project folder %1")
                                        .arg(m_root));
}

Status ProjectPathGuard::checkNamedByUser(const QString &path, const QString &shownAs) const
{
    if (m_root.isEmpty() || !isInside(QDir::cleanPath(QFileInfo(path).absoluteFilePath()), m_root))
        return {};
    return check(path, shownAs);
}

Status ProjectPathGuard::writeFile(const QString &path, const QByteArray &content, const QString &shownAs) const
{
    if (Status ok = check(path, shownAs); !ok)
        return ok;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::io(shownAs.isEmpty() ? path : shownAs, tr("cannot create its folder"));
    return writeFileAtomically(path, content);
}

} // namespace noorm
