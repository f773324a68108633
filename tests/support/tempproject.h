#pragma once
// TempProject: a throwaway project folder for one test (removed when it goes away).

#include <QString>
#include <QTemporaryDir>

namespace noorm::test {

class TempProject {
public:
    TempProject();
    QString root() const { return m_dir.path(); }
    QString path(const QString &relative) const;
    // Writes `content` to `relative` (creating folders). Returns the absolute path.
    QString write(const QString &relative, const QByteArray &content) const;
    QByteArray read(const QString &relative) const;

private:
    QTemporaryDir m_dir;
};

// The permission bits of `path` (e.g. 0600), as `stat` reports them.
int permissionBits(const QString &path);

} // namespace noorm::test
