#include "ui/dashboard/DashboardFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "ui/base/LocaleFormat.h"

namespace {
QDate dateOfDay(std::int64_t day) { return QDate(1970, 1, 1).addDays(day); }
std::int64_t dayOfDate(const QDate& d) { return QDate(1970, 1, 1).daysTo(d); }
}  // namespace

DashboardFilterBar::DashboardFilterBar(QWidget* parent)
    : QWidget(parent),
      dateRange_(new QCheckBox(tr("&Dates"), this)),
      from_(new QDateEdit(this)),
      to_(new QDateEdit(this)),
      segmentAttr_(new QComboBox(this)),
      segmentValue_(new QComboBox(this)),
      category_(new QComboBox(this)),
      placement_(new QComboBox(this)),
      variant_(new QComboBox(this)),
      granularity_(new QComboBox(this)),
      metric_(new QComboBox(this)),
      breakdownAttr_(new QComboBox(this)) {
  dateRange_->setToolTip(tr("Restrict every chart to a date range (otherwise all data)"));
  for (QDateEdit* e : {from_, to_}) {
    e->setCalendarPopup(true);
    e->setDisplayFormat(LocaleFormat::dateFormat());
    e->setEnabled(false);
  }
  from_->setToolTip(tr("First day (inclusive, UTC)"));
  to_->setToolTip(tr("Last day (inclusive, UTC)"));
  from_->setAccessibleName(tr("First day"));
  to_->setAccessibleName(tr("Last day"));
  segmentValue_->setAccessibleName(tr("Segment value"));
  segmentAttr_->setToolTip(tr("Only users with this attribute value"));
  segmentValue_->setEnabled(false);
  granularity_->addItem(tr("By day"), static_cast<int>(reco::Dimension::Day));
  granularity_->addItem(tr("By week"), static_cast<int>(reco::Dimension::Week));
  granularity_->addItem(tr("By month"), static_cast<int>(reco::Dimension::Month));
  using dashboardcharts::BarMetric;
  for (BarMetric m : {BarMetric::Ctr, BarMetric::Conversion, BarMetric::Revenue, BarMetric::Impressions,
                      BarMetric::Clicks, BarMetric::Purchases})
    metric_->addItem(dashboardcharts::barMetricName(m), static_cast<int>(m));
  metric_->setToolTip(tr("What the breakdown bars show"));
  breakdownAttr_->setToolTip(tr("The user attribute of the segment breakdown chart"));
  fill(segmentAttr_, tr("All users"), {});
  fill(category_, tr("All categories"), {});
  fill(placement_, tr("All placements"), {});
  fill(variant_, tr("All variants"), {});

  // Two rows that each size to their own content (a grid would give both rows the widest cell of each column), so
  // the bar fits beside the workspace switcher in a 1280-pixel window: what is counted, then how it is shown.
  auto* rows = new QVBoxLayout(this);
  rows->setContentsMargins(0, 0, 0, 0);
  QHBoxLayout* row = nullptr;
  auto add = [&](const QString& label, QWidget* w) {
    if (!label.isEmpty()) {
      auto* l = new QLabel(label, this);
      l->setBuddy(w);
      row->addWidget(l);
    }
    row->addWidget(w);
  };
  row = new QHBoxLayout;
  rows->addLayout(row);
  row->addWidget(dateRange_);
  add({}, from_);
  add(tr("to"), to_);
  add(tr("&Segment:"), segmentAttr_);
  add({}, segmentValue_);
  add(tr("&Category:"), category_);
  row->addStretch(1);
  row = new QHBoxLayout;
  rows->addLayout(row);
  add(tr("&Placement:"), placement_);
  add(tr("&Variant:"), variant_);
  add(tr("&Time series:"), granularity_);
  add(tr("&Bars show:"), metric_);
  add(tr("Se&gments by:"), breakdownAttr_);
  row->addStretch(1);

  auto changed = [this] { Q_EMIT filterChanged(); };
  connect(dateRange_, &QCheckBox::toggled, this, [this, changed](bool on) {
    from_->setEnabled(on);
    to_->setEnabled(on);
    changed();
  });
  connect(from_, &QDateEdit::dateChanged, this, changed);
  connect(to_, &QDateEdit::dateChanged, this, changed);
  connect(segmentAttr_, &QComboBox::currentIndexChanged, this, [this, changed] {
    fillValues();
    changed();
  });
  for (QComboBox* box : {segmentValue_, category_, placement_, variant_})
    connect(box, &QComboBox::currentIndexChanged, this, changed);
  for (QComboBox* box : {granularity_, metric_, breakdownAttr_})
    connect(box, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT viewOptionsChanged(); });
}

void DashboardFilterBar::fill(QComboBox* box, const QString& anyText, const std::vector<std::string>& names) {
  const QVariant previous = box->currentData();
  QSignalBlocker block(box);
  box->clear();
  if (!anyText.isEmpty()) box->addItem(anyText);
  for (const auto& n : names)
    box->addItem(n.empty() ? tr("(not set)") : QString::fromStdString(n), QString::fromStdString(n));
  int i = previous.isValid() ? box->findData(previous) : -1;
  box->setCurrentIndex(i >= 0 ? i : 0);
}

void DashboardFilterBar::select(QComboBox* box, const std::optional<std::string>& value) {
  QSignalBlocker block(box);
  if (!value) {
    box->setCurrentIndex(0);
    return;
  }
  int i = box->findData(QString::fromStdString(*value));
  if (i < 0) {
    box->addItem(QString::fromStdString(*value), QString::fromStdString(*value));
    i = box->count() - 1;
  }
  box->setCurrentIndex(i);
}

void DashboardFilterBar::setCube(std::shared_ptr<const reco::AnalyticsCube> cubePtr) {
  if (!cubePtr) return;
  cube_ = std::move(cubePtr);
  const reco::AnalyticsCube& cube = *cube_;
  fill(segmentAttr_, tr("All users"), cube.segmentAttributes());
  fillValues();
  fill(category_, tr("All categories"), cube.categories());
  fill(placement_, tr("All placements"), cube.placements());
  fill(variant_, tr("All variants"), cube.variants());
  const QString previousBreakdown = breakdownAttr_->currentData().toString();
  fill(breakdownAttr_, {}, cube.segmentAttributes());
  if (previousBreakdown.isEmpty() && breakdownAttr_->count() > 0) {
    QSignalBlocker block(breakdownAttr_);
    breakdownAttr_->setCurrentIndex(0);
  }
  if (cube.firstDay()) {
    QSignalBlocker b1(from_), b2(to_);
    const QDate first = dateOfDay(*cube.firstDay()), last = dateOfDay(*cube.lastDay());
    from_->setDateRange(first, last);
    to_->setDateRange(first, last);
    if (!dateRange_->isChecked()) {
      from_->setDate(first);
      to_->setDate(last);
    }
  }
}

void DashboardFilterBar::fillValues() {
  const std::string attr = segmentAttr_->currentData().toString().toStdString();
  QSignalBlocker block(segmentValue_);
  if (attr.empty() || !cube_) {
    segmentValue_->clear();
    segmentValue_->setEnabled(false);
    return;
  }
  fill(segmentValue_, {}, cube_->segmentValues(attr));
  segmentValue_->setEnabled(true);
}

reco::AnalyticsFilter DashboardFilterBar::filter() const {
  reco::AnalyticsFilter f;
  if (dateRange_->isChecked()) {
    f.fromDay = dayOfDate(from_->date());
    f.toDay = dayOfDate(to_->date());
  }
  const QVariant attr = segmentAttr_->currentData();
  if (attr.isValid() && segmentValue_->currentIndex() >= 0)
    f.segment = reco::SegmentCondition{attr.toString().toStdString(), segmentValue_->currentData().toString().toStdString()};
  auto value = [](QComboBox* box) -> std::optional<std::string> {
    QVariant v = box->currentData();
    if (!v.isValid()) return std::nullopt;
    return v.toString().toStdString();
  };
  f.category = value(category_);
  f.placement = value(placement_);
  f.variant = value(variant_);
  return f;
}

void DashboardFilterBar::setFilter(const reco::AnalyticsFilter& f) {
  {
    QSignalBlocker b0(dateRange_), b1(from_), b2(to_);
    dateRange_->setChecked(f.fromDay || f.toDay);
    from_->setEnabled(dateRange_->isChecked());
    to_->setEnabled(dateRange_->isChecked());
    if (f.fromDay) from_->setDate(dateOfDay(*f.fromDay));
    if (f.toDay) to_->setDate(dateOfDay(*f.toDay));
  }
  select(segmentAttr_, f.segment ? std::optional<std::string>(f.segment->attribute) : std::nullopt);
  fillValues();
  if (f.segment) select(segmentValue_, f.segment->value);
  select(category_, f.category);
  select(placement_, f.placement);
  select(variant_, f.variant);
}

reco::Dimension DashboardFilterBar::granularity() const {
  return static_cast<reco::Dimension>(granularity_->currentData().toInt());
}

dashboardcharts::BarMetric DashboardFilterBar::barMetric() const {
  return static_cast<dashboardcharts::BarMetric>(metric_->currentData().toInt());
}

std::string DashboardFilterBar::breakdownAttribute() const {
  return breakdownAttr_->currentData().toString().toStdString();
}
