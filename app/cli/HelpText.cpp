#include "HelpText.h"

#include <sstream>

namespace reco::cli {
namespace {

constexpr std::size_t kWidth = 80;
constexpr std::size_t kHelpColumn = 28;

// One entry of an argument or option list: the signature, then its help from kHelpColumn (on the next line when
// the signature is too long).
void listEntry(std::ostringstream& out, const std::string& signature, const std::string& help) {
  std::string line(2, ' ');
  line += signature;
  if (line.size() + 2 > kHelpColumn) {
    out << line << "\n" << std::string(kHelpColumn, ' ');
  } else {
    out << line << std::string(kHelpColumn - line.size(), ' ');
  }
  out << wrapText(help, kHelpColumn, kWidth, kHelpColumn) << "\n";
}

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

}  // namespace

std::string programDescription() {
  return "recoengine-cli is the headless front end of RecoEngine, a workbench for recommendation systems. It imports "
         "interaction logs into a project file, trains, evaluates and tunes recommender models, prints the "
         "dashboards' figures and A/B comparisons, and edits, versions, exports and applies curation rule sets. "
         "Everything the recoengine desktop application shows is computed by the same engine and reachable here.";
}

std::vector<CliOption> globalOptions() {
  return {flagOption("help", "Print the list of commands and exit. After a command, print that command's help."),
          flagOption("version", "Print the version, the git revision it was built from and the versions of the "
                                "libraries it uses, then exit.")};
}

const CliCommand& helpCommand() {
  static const CliCommand help{
      "help",
      "[COMMAND [SUBCOMMAND]]",
      "show the help of a command or a command group",
      "Without an argument, lists every command. With a command, prints its usage, what it does and every option; "
      "with a command group such as rules, lists the group's subcommands. A misspelt name exits with status 2 and "
      "names the nearest command.",
      {{"COMMAND", "A command or a command group.", ValueKind::Text, false},
       {"SUBCOMMAND", "A subcommand of the group.", ValueKind::Text, false}},
      {},
      {}};
  return help;
}

std::string optionSignature(const CliOption& option) {
  std::string out = "--";
  out += option.name;
  if (option.takesValue()) {
    out += ' ';
    out += option.value;
  }
  return out;
}

std::string argumentSignature(const CliArgument& argument) {
  return argument.name + (argument.repeatable ? "..." : "");
}

std::string optionHelp(const CliOption& option) {
  if (option.kind != ValueKind::Choice || option.choices.empty()) return option.help;
  std::string values;
  for (const auto& c : option.choices) values += (values.empty() ? "" : ", ") + c;
  return option.help + " Values: " + values + ".";
}

std::string wrapText(const std::string& text, std::size_t indent, std::size_t width, std::size_t firstColumn) {
  std::string out;
  std::size_t column = firstColumn;
  std::istringstream words(text);
  bool lineEmpty = true;
  for (std::string word; words >> word;) {
    if (!lineEmpty && column + 1 + word.size() > width) {
      out += '\n';
      out.append(indent, ' ');
      column = indent;
      lineEmpty = true;
    }
    if (!lineEmpty) {
      out += ' ';
      ++column;
    }
    out += word;
    column += word.size();
    lineEmpty = false;
  }
  return out;
}

std::string overviewText() {
  std::ostringstream out;
  out << "usage: " << kProgramName << " COMMAND [ARGS...]\n"
      << "       " << kProgramName << " help [COMMAND [SUBCOMMAND]]\n"
      << "       " << kProgramName << " --version\n\n"
      << wrapText(programDescription(), 0, kWidth) << "\n\ncommands:\n";
  for (const CliCommand* c : sortedCommands())
    if (c->group().empty()) listEntry(out, c->name, c->summary);
  for (const CliGroup& g : groupRegistry()) {
    out << "\n" << g.name << " subcommands (" << kProgramName << " help " << g.name << "):\n";
    for (const CliCommand* c : groupCommands(g.name)) listEntry(out, c->name, c->summary);
  }
  out << "\n"
      << wrapText(std::string(kProgramName) + " help COMMAND (or " + kProgramName +
                      " COMMAND --help) shows a command's arguments and options. Usage errors exit with status 2, "
                      "unusable input (a missing file, a bad project) with status 1.",
                  0, kWidth)
      << "\n";
  return out.str();
}

std::string commandHelpText(const CliCommand& command) {
  std::ostringstream out;
  const std::string head = "usage: " + std::string(kProgramName) + " " + command.name + " ";
  out << head << wrapText(command.usage, head.size(), kWidth, head.size()) << "\n\n";
  out << wrapText(capitalised(command.summary) + ".", 0, kWidth) << "\n";
  for (const auto& p : paragraphs(command.description)) out << "\n" << wrapText(p, 0, kWidth) << "\n";
  if (!command.arguments.empty()) {
    out << "\narguments:\n";
    for (const auto& a : command.arguments) listEntry(out, argumentSignature(a), a.help);
  }
  out << "\noptions:\n";
  for (const auto& o : command.options) listEntry(out, optionSignature(o), optionHelp(o));
  listEntry(out, "-h, --help", "Print this help and exit.");
  return out.str();
}

std::string groupHelpText(const CliGroup& group) {
  std::ostringstream out;
  out << "usage: " << kProgramName << " " << group.name << " SUBCOMMAND [ARGS...]\n\n"
      << wrapText(capitalised(group.summary) + ".", 0, kWidth) << "\n";
  for (const auto& p : paragraphs(group.description)) out << "\n" << wrapText(p, 0, kWidth) << "\n";
  out << "\nsubcommands:\n";
  for (const CliCommand* c : groupCommands(group.name)) listEntry(out, c->subcommand(), c->summary);
  out << "\n"
      << wrapText(std::string(kProgramName) + " help " + group.name + " SUBCOMMAND shows a subcommand's arguments and "
                      "options.",
                  0, kWidth)
      << "\n";
  return out.str();
}

std::vector<std::string> paragraphs(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  return out;
}

}  // namespace reco::cli
