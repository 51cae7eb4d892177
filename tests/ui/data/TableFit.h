// A layout check for the widget tests: the item views of a window whose columns do not fit their width at the
// window's current size (a user would have to scroll sideways to read a row).
#pragma once

#include <QStringList>
#include <QWidget>

namespace tablefit {

// Every visible QAbstractItemView under `root` whose horizontal scroll bar has a range (maximum() > 0), described as
// "objectName (Class) in parentObjectName (ParentClass): N px too wide". Empty when every view fits.
QStringList viewsScrollingSideways(QWidget& root);

}  // namespace tablefit
