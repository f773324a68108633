#include "runner/checksum.h"

#include "crypto/crypto_primitives.h"

#include <algorithm>

namespace noorm {

QString textChecksum(const QString &text)
{
    return sha256Hex(text.toUtf8());
}

QString combinedChecksum(QStringList checksums)
{
    std::sort(checksums.begin(), checksums.end()); // JS sort(): UTF-16 code units, as QString's operator<
    return sha256Hex(checksums.join(QString()).toUtf8());
}

} // namespace noorm
