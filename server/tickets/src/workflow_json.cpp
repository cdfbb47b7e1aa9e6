// Workflow definitions from JSON (the form is in workflow.h), checked with every problem named.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cti/tickets/workflow.h"

namespace cti::tickets {

namespace {
constexpr std::size_t kMaxSteps = 20;
constexpr std::size_t kMaxNameBytes = 200;

void join(std::string& all, const std::string& one) {
    if (!all.empty()) all += "; ";
    all += one;
}
}  // namespace

Workflow default_workflow() {
    Workflow w;
    w.name = "default";
    w.steps.push_back(Step{"处理", StepAssignment{}, StepMode::single});
    return w;
}

Result<Workflow> workflow_from_json(std::string_view text, const DirectoryNames& names) {
    const auto doc = nlohmann::json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return fail(Errc::invalid_argument, "the workflow is not a JSON object");
    Workflow w;
    std::string problems;
    if (!doc.contains("name") || !doc["name"].is_string() || doc["name"].get<std::string>().empty() ||
        doc["name"].get<std::string>().size() > kMaxNameBytes)
        join(problems, "\"name\" must be a text of 1 to 200 bytes");
    else
        w.name = doc["name"].get<std::string>();
    if (!doc.contains("steps") || !doc["steps"].is_array() || doc["steps"].empty() ||
        doc["steps"].size() > kMaxSteps) {
        join(problems, fmt::format("\"steps\" must be a list of 1 to {} steps", kMaxSteps));
        return fail(Errc::invalid_argument, problems);
    }
    int index = 0;
    for (const auto& s : doc["steps"]) {
        ++index;
        const std::string where = fmt::format("step {}", index);
        if (!s.is_object()) {
            join(problems, where + " is not an object");
            continue;
        }
        Step step;
        step.name = s.value("name", fmt::format("step {}", index));
        if (s.contains("mode")) {
            auto mode = s["mode"].is_string() ? step_mode_from_string(s["mode"].get<std::string>()) : std::nullopt;
            if (!mode) join(problems, where + ": \"mode\" must be single, parallel or countersign");
            else step.mode = *mode;
        }
        const auto assign = s.value("assign", nlohmann::json("dispatch"));
        if (assign.is_string() && assign == "dispatch") {
            step.assign.kind = StepAssignment::Kind::at_dispatch;
        } else if (assign.is_string() && assign == "creator_department") {
            step.assign.kind = StepAssignment::Kind::creator_department;
        } else if (assign.is_object() && assign.contains("departments") && assign["departments"].is_array() &&
                   !assign["departments"].empty()) {
            step.assign.kind = StepAssignment::Kind::departments;
            for (const auto& d : assign["departments"]) {
                auto name = d.is_string() ? d.get<std::string>() : std::string();
                auto it = names.departments.find(name);
                if (it == names.departments.end()) join(problems, fmt::format("{}: no department named '{}'", where, name));
                else step.assign.departments.push_back(it->second);
            }
        } else if (assign.is_object() && assign.contains("user") && assign["user"].is_string()) {
            step.assign.kind = StepAssignment::Kind::user;
            auto it = names.users.find(assign["user"].get<std::string>());
            if (it == names.users.end())
                join(problems, fmt::format("{}: no user with the login '{}'", where, assign["user"].get<std::string>()));
            else step.assign.user = it->second;
        } else {
            join(problems, where + ": \"assign\" must be \"dispatch\", \"creator_department\", "
                                   "{\"departments\": [names]} or {\"user\": login}");
        }
        const bool one_assignee = step.assign.kind == StepAssignment::Kind::user ||
                                  step.assign.kind == StepAssignment::Kind::creator_department ||
                                  (step.assign.kind == StepAssignment::Kind::departments &&
                                   step.assign.departments.size() == 1);
        if (step.mode != StepMode::single && one_assignee)
            join(problems, where + ": a parallel or countersign step needs several departments");
        w.steps.push_back(std::move(step));
    }
    if (!problems.empty()) return fail(Errc::invalid_argument, problems);
    return w;
}

}  // namespace cti::tickets
