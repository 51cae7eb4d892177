// recoengine-cli report / abtest: the dashboard's figures (KPIs, breakdowns, A/B comparison) on the command line,
// answered from the analytics rollups.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "CliCommand.h"
#include "core/analytics/AnalyticsCube.h"
#include "core/analytics/Calendar.h"
#include "core/analytics/Dashboard.h"

namespace reco::cli {
namespace {

// Brings the rollups up to date (migrating an older project) when needed, saying so, then loads the cube.
AnalyticsCube loadCube(const std::string& path) {
  return AnalyticsCube::open(path, RollupUpdate::Allowed,
                             [&] { std::cerr << "updating analytics rollups of " << path << " ...\n"; });
}

AnalyticsFilter filterFromArgs(const Args& args) {
  AnalyticsFilter f;
  try {
    if (auto from = args.value("from")) f.fromDay = parseDay(*from);
    if (auto to = args.value("to")) f.toDay = parseDay(*to);
    for (const auto& w : args.values("where")) f.applyCondition(w);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  return f;
}

void validate(const AnalyticsCube& cube, const AnalyticsFilter& f) {
  try {
    cube.validate(f);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
}

nlohmann::json number(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }

nlohmann::json measuresJson(const Measures& m) {
  return {{"impressions", m.impressions},
          {"clicks", m.clicks},
          {"ctr", number(m.ctr())},
          {"add_to_carts", m.addToCarts},
          {"purchases", m.purchases},
          {"conversion_rate", number(m.conversionPerClick())},
          {"conversion_per_impression", number(m.conversionPerImpression())},
          {"revenue", m.revenue},
          {"rpm", number(m.rpm())},
          {"aov", number(m.aov())}};
}

std::string percent(double v) {
  if (!std::isfinite(v)) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f%%", v * 100.0);
  return buf;
}

std::string money(double v) {
  if (!std::isfinite(v)) return "-";
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

std::string change(double current, double previous) {
  double c = relativeChange(current, previous);
  if (!std::isfinite(c)) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%.1f%%", c >= 0 ? "+" : "", c * 100.0);
  return buf;
}

std::string truncated(const std::string& s, std::size_t width) {
  return s.size() <= width ? s : s.substr(0, width - 3) + "...";
}

void printKpis(const DashboardData& d) {
  const KpiFigures& k = d.kpis;
  std::cout << "Period " << formatDay(k.fromDay) << " to " << formatDay(k.toDay);
  if (k.hasPrevious) std::cout << ", compared with " << formatDay(k.previousFrom) << " to " << formatDay(k.previousTo);
  std::cout << "\n\n";
  std::printf("%-28s %16s %16s %10s\n", "KPI", "value", "previous", "change");
  auto row = [&](const char* name, const std::string& v, const std::string& prev, double cur, double pv) {
    std::printf("%-28s %16s %16s %10s\n", name, v.c_str(), k.hasPrevious ? prev.c_str() : "-",
                k.hasPrevious ? change(cur, pv).c_str() : "");
  };
  auto count = [&](const char* name, std::int64_t cur, std::int64_t pv) {
    row(name, std::to_string(cur), std::to_string(pv), static_cast<double>(cur), static_cast<double>(pv));
  };
  const Measures& c = k.current;
  const Measures& p = k.previous;
  count("impressions", c.impressions, p.impressions);
  count("clicks", c.clicks, p.clicks);
  row("CTR", percent(c.ctr()), percent(p.ctr()), c.ctr(), p.ctr());
  count("add-to-carts", c.addToCarts, p.addToCarts);
  count("purchases", c.purchases, p.purchases);
  row("conversion per click", percent(c.conversionPerClick()), percent(p.conversionPerClick()),
      c.conversionPerClick(), p.conversionPerClick());
  row("conversion per impression", percent(c.conversionPerImpression()), percent(p.conversionPerImpression()),
      c.conversionPerImpression(), p.conversionPerImpression());
  row("revenue", money(c.revenue), money(p.revenue), c.revenue, p.revenue);
  row("revenue per 1000 impressions", money(c.rpm()), money(p.rpm()), c.rpm(), p.rpm());
  row("average order value", money(c.aov()), money(p.aov()), c.aov(), p.aov());
  count("active users", k.activeUsers, k.previousActiveUsers);
}

void printGroups(const std::string& heading, const std::vector<Group>& groups, bool withActive) {
  std::printf("%-32s %12s %10s %8s %10s %10s %10s %14s%s\n", heading.c_str(), "impressions", "clicks", "CTR",
              "carts", "purchases", "conv/click", "revenue", withActive ? "  active users" : "");
  for (const Group& g : groups) {
    std::printf("%-32s %12lld %10lld %8s %10lld %10lld %10s %14s", truncated(g.label, 32).c_str(),
                static_cast<long long>(g.m.impressions), static_cast<long long>(g.m.clicks), percent(g.m.ctr()).c_str(),
                static_cast<long long>(g.m.addToCarts), static_cast<long long>(g.m.purchases),
                percent(g.m.conversionPerClick()).c_str(), money(g.m.revenue).c_str());
    if (withActive) std::printf(" %13lld", static_cast<long long>(g.activeUsers));
    std::printf("\n");
  }
}

// --by value: a dimension, or segment:ATTR.
Dimension parseBy(const std::string& by, std::string& attribute) {
  Dimension dim;
  if (by.rfind("segment:", 0) == 0) {
    attribute = by.substr(8);
    if (attribute.empty()) throw UsageError("--by segment:ATTR needs an attribute name");
    return Dimension::Segment;
  }
  if (!parseDimension(by, dim) || dim == Dimension::Segment)
    throw UsageError("--by expects day, week, month, segment:ATTR, category, item, placement, position or variant, got '" +
                     by + "'");
  return dim;
}

int runReport(const std::vector<std::string>& argv) {
  Args args(argv, {"json"}, {"from", "to", "by", "where", "top", "sort"});
  const std::string& path = args.onlyPositional("PROJECT path");
  AnalyticsFilter filter = filterFromArgs(args);
  std::string attribute;
  std::optional<Dimension> by;
  if (auto b = args.value("by")) by = parseBy(*b, attribute);
  ItemSort sort = ItemSort::Revenue;
  if (auto s = args.value("sort"); s && !parseItemSort(*s, sort))
    throw UsageError("--sort expects impressions, clicks, ctr, purchases or revenue, got '" + *s + "'");
  const int top = static_cast<int>(args.intValue("top", by == Dimension::Item ? 20 : 0, 0, 1'000'000));

  AnalyticsCube cube = loadCube(path);
  validate(cube, filter);
  if (by == Dimension::Segment &&
      std::find(cube.segmentAttributes().begin(), cube.segmentAttributes().end(), attribute) ==
          cube.segmentAttributes().end()) {
    std::string names;
    for (const auto& a : cube.segmentAttributes()) names += (names.empty() ? "" : ", ") + a;
    throw UsageError("no user attribute '" + attribute + "' to segment by (attributes: " + names + ")");
  }
  if (by == Dimension::Item && filter.segment)
    throw UsageError("--by item cannot be combined with a user-segment condition");

  DashboardRequest request;
  request.filter = filter;
  DashboardData d = computeDashboard(cube, request);
  std::vector<Group> groups;
  if (by) {
    groups = cube.breakdown(filter, *by, attribute);
    if (*by == Dimension::Item || args.value("sort")) sortAndTruncate(groups, sort, top);
    else if (top > 0 && groups.size() > static_cast<std::size_t>(top)) groups.resize(static_cast<std::size_t>(top));
  }
  const bool timeBuckets = by && (*by == Dimension::Day || *by == Dimension::Week || *by == Dimension::Month);

  if (args.flag("json")) {
    nlohmann::json j;
    j["project"] = path;
    j["filter"] = filter.describe();
    j["from"] = formatDay(d.kpis.fromDay);
    j["to"] = formatDay(d.kpis.toDay);
    nlohmann::json kpis = measuresJson(d.kpis.current);
    kpis["active_users"] = d.kpis.activeUsers;
    j["total"] = kpis;
    if (d.kpis.hasPrevious) {
      nlohmann::json prev = measuresJson(d.kpis.previous);
      prev["active_users"] = d.kpis.previousActiveUsers;
      prev["from"] = formatDay(d.kpis.previousFrom);
      prev["to"] = formatDay(d.kpis.previousTo);
      j["previous"] = prev;
    }
    if (by) {
      j["by"] = *by == Dimension::Segment ? "segment:" + attribute : std::string(dimensionName(*by));
      nlohmann::json arr = nlohmann::json::array();
      for (const Group& g : groups) {
        nlohmann::json o = measuresJson(g.m);
        o["key"] = g.key;
        o["label"] = g.label;
        if (timeBuckets) o["active_users"] = g.activeUsers;
        if (*by == Dimension::Item) o["category"] = g.category;
        arr.push_back(std::move(o));
      }
      j["groups"] = arr;
    }
    std::cout << j.dump(2) << "\n";
    return 0;
  }
  std::cout << path << ": " << filter.describe() << "\n";
  if (cube.empty()) {
    std::cout << "the project has no events\n";
    return 0;
  }
  if (!by) {
    printKpis(d);
    return 0;
  }
  std::string heading = *by == Dimension::Segment ? attribute : dimensionName(*by);
  printGroups(heading, groups, timeBuckets);
  if (groups.empty()) std::cout << "(no data under this filter)\n";
  return 0;
}

int runAbtest(const std::vector<std::string>& argv) {
  Args args(argv, {"json"}, {"from", "to", "where", "variant-field", "metric", "baseline"});
  const std::string& path = args.onlyPositional("PROJECT path");
  AnalyticsFilter filter = filterFromArgs(args);
  const std::string field = args.valueOr("variant-field", "variant");
  std::string attribute;
  Dimension dim;
  if (field == "variant") dim = Dimension::Variant;
  else if (field == "placement") dim = Dimension::Placement;
  else if (field == "category") dim = Dimension::Category;
  else if (field.rfind("segment:", 0) == 0 && field.size() > 8) {
    dim = Dimension::Segment;
    attribute = field.substr(8);
  } else {
    throw UsageError("--variant-field expects variant, placement, category or segment:ATTR, got '" + field + "'");
  }
  const std::string metricName = args.valueOr("metric", "ctr");
  AbMetric metric;
  if (metricName == "ctr") metric = AbMetric::Ctr;
  else if (metricName == "conversion") metric = AbMetric::Conversion;
  else throw UsageError("--metric expects ctr or conversion, got '" + metricName + "'");

  AnalyticsCube cube = loadCube(path);
  validate(cube, filter);
  std::vector<Group> groups;
  try {
    groups = cube.breakdown(filter, dim, attribute);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  AbComparison ab;
  try {
    ab = compareVariants(groups, metric, args.valueOr("baseline", ""));
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  if (args.flag("json")) {
    nlohmann::json arms = nlohmann::json::array();
    for (const AbArm& a : ab.arms) {
      arms.push_back({{"name", a.name},
                      {ab.successName, a.successes},
                      {ab.trialName, a.trials},
                      {"rate", a.rate},
                      {"ci_low", a.ci.low},
                      {"ci_high", a.ci.high},
                      {"lift", a.lift},
                      {"z", a.z},
                      {"p_value", a.p},
                      {"significant", a.significant},
                      {"small_sample", a.smallSample}});
    }
    nlohmann::json j = {{"project", path},    {"filter", filter.describe()}, {"field", field},
                        {"metric", ab.metric}, {"baseline", ab.arms.empty() ? "" : ab.arms[0].name},
                        {"arms", arms},        {"verdict", ab.verdict},       {"warning", ab.warning}};
    std::cout << j.dump(2) << "\n";
    return 0;
  }
  std::cout << path << ": " << filter.describe() << "\n" << ab.metric << " by " << field << "\n\n";
  std::printf("%-20s %12s %12s %9s %21s %9s %8s %10s\n", "group", ab.successName.c_str(), ab.trialName.c_str(),
              "rate", "95% CI", "lift", "z", "p");
  for (std::size_t i = 0; i < ab.arms.size(); ++i) {
    const AbArm& a = ab.arms[i];
    std::string ci = percent(a.ci.low) + " - " + percent(a.ci.high);
    char lift[32] = "baseline", z[32] = "", p[32] = "";
    if (i > 0) {
      std::snprintf(lift, sizeof lift, "%+.1f%%", a.lift * 100.0);
      std::snprintf(z, sizeof z, "%.2f", a.z);
      std::snprintf(p, sizeof p, "%.4f", a.p);
    }
    std::printf("%-20s %12lld %12lld %9s %21s %9s %8s %10s\n", truncated(a.name, 20).c_str(),
                static_cast<long long>(a.successes), static_cast<long long>(a.trials), percent(a.rate).c_str(),
                ci.c_str(), lift, z, p);
  }
  std::cout << "\n" << ab.verdict << "\n";
  if (!ab.warning.empty()) std::cout << "warning: " << ab.warning << "\n";
  return 0;
}

const char* const kWhereHelp =
    "Only events matching FIELD=VALUE, where FIELD is category, placement, variant or a user attribute (country, "
    "device, ..., also written segment.ATTR); an empty VALUE selects users without the attribute. Repeatable; "
    "conditions combine (and), at most one on a user attribute.";

const RegisterCommand registerReport{
    {"report",
     "PROJECT [--from DATE] [--to DATE] [--by day|week|month|segment:ATTR|category|item|placement|position|variant]"
     " [--where FIELD=VALUE]... [--top N] [--sort impressions|clicks|ctr|purchases|revenue] [--json]",
     "the dashboard's figures: KPIs against the previous period, or a breakdown",
     "Without --by, prints the key figures of the selected period (impressions, clicks, CTR, add-to-carts, "
     "purchases, conversion per click, revenue, revenue per 1000 impressions, average order value, active users) "
     "beside those of the period of the same length before it. With --by, one row of these figures per group. The "
     "figures come from the project's analytics rollups, which are updated first when stale.\n\n"
     "With --json an object with project, filter, from, to, total (the figures), previous (the previous period's, "
     "when there is one) and, with --by, by and groups (key, label and the figures of each group).",
     {{"PROJECT", "The project file (*.reco).", ValueKind::Project, false}},
     {valueOption("from", "DATE", ValueKind::Text, "First day included, YYYY-MM-DD (default: the first day with data)."),
      valueOption("to", "DATE", ValueKind::Text, "Last day included, YYYY-MM-DD (default: the last day with data)."),
      valueOption("by", "DIMENSION", ValueKind::Text,
                  "Break the figures down by day, week, month, category, item, placement, position, variant or "
                  "segment:ATTR (a user attribute such as segment:country)."),
      valueOption("where", "FIELD=VALUE", ValueKind::Text, kWhereHelp),
      valueOption("top", "N", ValueKind::Number, "Keep only the first N groups (default: all; 20 for --by item)."),
      choiceOption("sort", "MEASURE", {"impressions", "clicks", "ctr", "purchases", "revenue"},
                   "Order the groups by this measure, largest first (default: revenue for --by item, else the "
                   "groups' natural order)."),
      flagOption("json", "Print the result as a JSON object.")},
     runReport}};

const RegisterCommand registerAbtest{
    {"abtest",
     "PROJECT [--variant-field variant|placement|category|segment:ATTR] [--metric ctr|conversion] [--baseline NAME]"
     " [--from DATE] [--to DATE] [--where FIELD=VALUE]... [--json]",
     "compare variants: rate with 95% Wilson interval, relative lift, two-proportion z-test p-value and a verdict",
     "Compares the groups of a field (the A/B variants by default) on click-through rate or conversion: each "
     "group's rate with its 95% Wilson interval, its lift over the baseline, the two-proportion z-test and its "
     "p-value, and a verdict in words. Small samples are flagged.\n\n"
     "With --json an object with project, filter, field, metric, baseline, arms (name, successes and trials under "
     "the metric's names, rate, ci_low, ci_high, lift, z, p_value, significant, small_sample), verdict and "
     "warning.",
     {{"PROJECT", "The project file (*.reco).", ValueKind::Project, false}},
     {valueOption("variant-field", "FIELD", ValueKind::Text,
                  "The field whose values are compared: variant (the default), placement, category or segment:ATTR."),
      choiceOption("metric", "METRIC", {"ctr", "conversion"},
                   "ctr = clicks per impression (the default); conversion = purchases per click."),
      valueOption("baseline", "NAME", ValueKind::Text,
                  "The group the others are compared with (default: the first by name)."),
      valueOption("from", "DATE", ValueKind::Text, "First day included, YYYY-MM-DD."),
      valueOption("to", "DATE", ValueKind::Text, "Last day included, YYYY-MM-DD."),
      valueOption("where", "FIELD=VALUE", ValueKind::Text, kWhereHelp),
      flagOption("json", "Print the result as a JSON object.")},
     runAbtest}};

}  // namespace
}  // namespace reco::cli
