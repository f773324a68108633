#include "template/template_bridge.h"

#include <QUuid>

namespace noorm {

QString TemplateBridge::uuid() const
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces); // random (v4), from the system generator
}

} // namespace noorm
