#include "TableFit.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTreeView>

namespace tablefit {

namespace {

QString describe(const QObject* o) {
  if (!o) return QStringLiteral("-");
  return (o->objectName().isEmpty() ? QStringLiteral("(unnamed)") : o->objectName()) + QStringLiteral(" (") +
         QLatin1String(o->metaObject()->className()) + QLatin1Char(')');
}

}  // namespace

QStringList viewsScrollingSideways(QWidget& root) {
  QStringList offenders;
  for (QAbstractItemView* view : root.findChildren<QAbstractItemView*>()) {
    if (!view->isVisibleTo(&root) || !view->isVisible()) continue;
    if (view->horizontalScrollBar()->maximum() <= 0) continue;
    // How much wider the columns are than the view (the scroll bar may count columns, not pixels).
    QHeaderView* header = nullptr;
    if (auto* table = qobject_cast<QTableView*>(view)) header = table->horizontalHeader();
    if (auto* tree = qobject_cast<QTreeView*>(view)) header = tree->header();
    const int overflow = header ? header->length() - view->viewport()->width() : view->horizontalScrollBar()->maximum();
    offenders << describe(view) + QStringLiteral(" in ") + describe(view->parent()) + QStringLiteral(": ") +
                     QString::number(overflow) + QStringLiteral(" px too wide");
  }
  return offenders;
}

}  // namespace tablefit
