// review list | show | prefill: management reviews (clause 9.3).
#include "cli/AuditCliSupport.h"
#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "cli/GapSupport.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Json.h"
#include "review/ManagementReview.h"
#include "review/ReviewPrefill.h"

#include <ostream>

namespace cw::cli {

namespace {

using Json = nlohmann::ordered_json;

struct OutputCounts {
    int decisions = 0;
    int actions = 0;
    int open = 0;
    int overdue = 0;
};

OutputCounts countOutputs(const std::vector<ReviewOutput>& outputs, Date today)
{
    OutputCounts c;
    for (const auto& o : outputs) {
        if (o.kind == OutputKind::Decision) {
            ++c.decisions;
            continue;
        }
        ++c.actions;
        c.open += o.state == OutputState::Open ? 1 : 0;
        c.overdue += isOverdue(o, today) ? 1 : 0;
    }
    return c;
}

Json inputsJson(const std::map<ReviewInput, std::string>& inputs)
{
    Json j = Json::object();
    for (const auto i : allReviewInputs()) {
        const auto it = inputs.find(i);
        j[std::string(toString(i))] = it == inputs.end() ? std::string() : it->second;
    }
    return j;
}

void printInputs(std::ostream& out, const std::map<ReviewInput, std::string>& inputs, const std::string& lang)
{
    for (const auto i : allReviewInputs()) {
        const auto it = inputs.find(i);
        out << "\n## " << reviewInputTitle(i, lang) << "\n"
            << (it == inputs.end() || it->second.empty() ? "-" : it->second) << "\n";
    }
}

Command listCommand()
{
    Command c;
    c.name = "review list";
    c.args = "FILE [--format table|json]";
    c.summary = "List the management reviews with their decisions and actions (open, overdue).";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        workspaceFileOption(o, p);
        o.add_options()("format", po::value<std::string>()->default_value("table"), "table or json");
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto format = vm["format"].as<std::string>();
        requireChoice("format", format, {"table", "json"});
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadOnly);
        const Date today = ws->clock().today();
        const auto reviews = listReviews(*ws);
        if (format == "json") {
            auto arr = Json::array();
            for (const auto& r : reviews) {
                const auto n = countOutputs(listReviewOutputs(*ws, r.id), today);
                arr.push_back({{"title", r.title},
                               {"held_on", r.heldOn},
                               {"chair", r.chair},
                               {"attendees", r.attendees},
                               {"decisions", n.decisions},
                               {"actions", n.actions},
                               {"open_actions", n.open},
                               {"overdue_actions", n.overdue}});
            }
            io.out << dumpJson(arr) << "\n";
            return 0;
        }
        std::vector<std::vector<std::string>> rows;
        for (const auto& r : reviews) {
            const auto n = countOutputs(listReviewOutputs(*ws, r.id), today);
            rows.push_back({r.heldOn, shortText(r.title, 40), r.chair, std::to_string(r.attendees.size()),
                            std::to_string(n.decisions),
                            std::to_string(n.open) + "/" + std::to_string(n.actions),
                            n.overdue > 0 ? std::to_string(n.overdue) + " OVERDUE" : ""});
        }
        printTable(io.out, {"Held on", "Title", "Chair", "Attendees", "Decisions", "Open actions", "Overdue"},
                   rows);
        io.out << reviews.size() << " review(s)\n";
        return 0;
    };
    return c;
}

Command showCommand()
{
    Command c;
    c.name = "review show";
    c.args = "FILE [--date D] [--format text|json] [--lang zh|en]";
    c.summary =
        "One management review (the latest, or the one held on --date): inputs, conclusions, outputs.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        workspaceFileOption(o, p);
        o.add_options()("date", po::value<std::string>(), "the review held on this date (YYYY-MM-DD)")(
            "format", po::value<std::string>()->default_value("text"),
            "text or json")("lang", po::value<std::string>(),
                            "language of the headings: zh or en (default: the engagement's)");
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto format = vm["format"].as<std::string>();
        requireChoice("format", format, {"text", "json"});
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadOnly);
        const auto lang = gapLanguage(*ws, vm);
        std::optional<ManagementReview> review;
        if (vm.count("date")) {
            const auto date = vm["date"].as<std::string>();
            for (auto& r : listReviews(*ws))
                if (r.heldOn == date)
                    review = std::move(r);
            if (!review)
                throw Error(ErrorCode::NotFound, "the workspace holds no management review held on " + date);
        } else {
            review = latestReview(*ws);
            if (!review)
                throw Error(ErrorCode::NotFound, "the workspace holds no management review");
        }
        const auto outputs = listReviewOutputs(*ws, review->id);
        const Date today = ws->clock().today();
        if (format == "json") {
            Json j;
            j["title"] = review->title;
            j["held_on"] = review->heldOn;
            j["chair"] = review->chair;
            j["attendees"] = review->attendees;
            j["inputs"] = inputsJson(review->inputs);
            j["conclusions"] = review->conclusions;
            auto arr = Json::array();
            for (const auto& o : outputs)
                arr.push_back({{"kind", toString(o.kind)},
                               {"text", o.text},
                               {"owner", o.owner},
                               {"due_date", textOrNull(o.dueDate)},
                               {"state", toString(o.state)},
                               {"overdue", isOverdue(o, today)}});
            j["outputs"] = std::move(arr);
            io.out << dumpJson(j) << "\n";
            return 0;
        }
        TerminalOut terminal(io.out);
        auto& shownOut = terminal.stream();
        shownOut << review->title << " (" << review->heldOn << ")\n";
        if (!review->chair.empty())
            shownOut << "Chair       " << review->chair << "\n";
        if (!review->attendees.empty())
            shownOut << "Attendees   " << joined(review->attendees) << "\n";
        printInputs(shownOut, review->inputs, lang);
        if (!review->conclusions.empty())
            shownOut << "\n## " << (lang == "zh" ? "结论" : "Conclusions") << "\n"
                     << review->conclusions << "\n";
        shownOut << "\n## " << (lang == "zh" ? "输出" : "Outputs") << "\n";
        for (const auto& o : outputs)
            shownOut << "- [" << toString(o.kind) << "] " << o.text
                     << (o.owner.empty() ? "" : " | " + o.owner)
                     << (o.dueDate.empty() ? "" : " | due " + o.dueDate)
                     << (o.kind == OutputKind::Action ? " | " + std::string(toString(o.state)) : "")
                     << (isOverdue(o, today) ? " OVERDUE" : "") << "\n";
        return 0;
    };
    return c;
}

Command prefillCommand()
{
    Command c;
    c.name = "review prefill";
    c.args = "FILE [--date D] [--format text|json] [--lang zh|en]";
    c.summary = "The review inputs the workspace's data gives for a review on --date (default today); writes "
                "nothing.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        workspaceFileOption(o, p);
        o.add_options()("date", po::value<std::string>(), "the review date (YYYY-MM-DD; default: today)")(
            "format", po::value<std::string>()->default_value("text"), "text or json")(
            "lang", po::value<std::string>(), "language of the texts: zh or en (default: the engagement's)");
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto format = vm["format"].as<std::string>();
        requireChoice("format", format, {"text", "json"});
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadOnly);
        const auto lang = gapLanguage(*ws, vm);
        std::string date = formatDate(ws->clock().today());
        if (vm.count("date")) {
            date = vm["date"].as<std::string>();
            try {
                (void)parseDate(date, "--date");
            } catch (const Error& e) {
                throw Error(ErrorCode::Usage, e.what());
            }
        }
        const auto inputs = prefilledReviewInputs(*ws, date, lang);
        if (format == "json") {
            io.out << dumpJson(Json{{"date", date}, {"inputs", inputsJson(inputs)}}) << "\n";
            return 0;
        }
        TerminalOut terminal(io.out);
        auto& shownOut = terminal.stream();
        shownOut << (lang == "zh" ? "管理评审输入（" : "Management review inputs as of ") << date
                 << (lang == "zh" ? "）\n" : "\n");
        printInputs(shownOut, inputs, lang);
        return 0;
    };
    return c;
}

} // namespace

std::vector<Command> reviewCommands()
{
    return {listCommand(), showCommand(), prefillCommand()};
}

} // namespace cw::cli
