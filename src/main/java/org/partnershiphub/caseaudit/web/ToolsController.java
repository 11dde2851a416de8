package org.partnershiphub.caseaudit.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.partnershiphub.caseaudit.internal.CaseAuditRefused;
import org.partnershiphub.caseaudit.internal.CaseAudits;
import org.partnershiphub.caseaudit.internal.Tool;
import org.partnershiphub.caseaudit.internal.ToolSection;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Audit tools the business unit keeps: their sections and guidance, a new version once an audit uses one. */
@Controller
class ToolsController {

    private final CaseAudits audits;

    ToolsController(CaseAudits audits) {
        this.audits = audits;
    }

    record ToolForm(@NotBlank(message = "{ca.error.toolName}") @Size(max = 200, message = "{error.tooLong200}") String name,
                    @Size(max = 2000, message = "{error.tooLong2000}") String description) {
    }

    record SectionForm(@NotBlank(message = "{ca.error.sectionTitle}") @Size(max = 300, message = "{ca.error.sectionTitleLength}") String title,
                       @Size(max = 4000, message = "{error.tooLong4000}") String guidance) {
    }

    @GetMapping("/case-audits/tools")
    String tools(Model model) {
        model.addAttribute("tools", audits.currentTools());
        model.addAttribute("canManage", CurrentUser.require().hasRole(Role.BUSINESS_UNIT));
        return "caseaudit/tools";
    }

    @GetMapping("/case-audits/tools/new")
    String newTool(Model model) {
        model.addAttribute("form", new ToolForm("", ""));
        return "caseaudit/tool-form";
    }

    @PostMapping("/case-audits/tools")
    String addTool(@Valid @ModelAttribute("form") ToolForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "caseaudit/tool-form";
        }
        Tool tool = audits.addTool(CurrentUser.require(), form.name(), form.description());
        redirect.addFlashAttribute("notice", "ca.tool.added");
        return "redirect:/case-audits/tools/" + tool.getId();
    }

    @GetMapping("/case-audits/tools/{toolId}")
    String tool(@PathVariable long toolId, Model model) {
        return toolPage(audits.tool(toolId), new SectionForm("", ""), model);
    }

    private String toolPage(Tool tool, SectionForm form, Model model) {
        model.addAttribute("tool", tool);
        model.addAttribute("sections", audits.sections(tool.getId()));
        model.addAttribute("inUse", audits.inUse(tool.getId()));
        model.addAttribute("canManage", CurrentUser.require().hasRole(Role.BUSINESS_UNIT) && tool.isCurrentVersion());
        model.addAttribute("form", form);
        return "caseaudit/tool";
    }

    @PostMapping("/case-audits/tools/{toolId}/sections")
    String addSection(@PathVariable long toolId, @Valid @ModelAttribute("form") SectionForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        Tool tool = audits.tool(toolId);
        if (!errors.hasErrors()) {
            try {
                Tool changed = audits.addSection(CurrentUser.require(), toolId, form.title(), form.guidance());
                redirect.addFlashAttribute("notice", changed.getId() == toolId ? "ca.tool.sectionAdded" : "ca.tool.newVersion");
                return "redirect:/case-audits/tools/" + changed.getId();
            } catch (CaseAuditRefused refused) {
                errors.rejectValue("title", refused.messageKey(), refused.arguments(), null);
            }
        }
        return toolPage(tool, form, model);
    }

    @GetMapping("/case-audits/tools/{toolId}/sections/{sectionId}")
    String editSection(@PathVariable long toolId, @PathVariable long sectionId, Model model) {
        ToolSection section = section(toolId, sectionId);
        return sectionPage(audits.tool(toolId), section, new SectionForm(section.getTitle(), section.getGuidance()), model);
    }

    private ToolSection section(long toolId, long sectionId) {
        return audits.sections(toolId).stream().filter(s -> s.getId() == sectionId).findFirst().orElseThrow(() -> new NotFoundException("section"));
    }

    private String sectionPage(Tool tool, ToolSection section, SectionForm form, Model model) {
        model.addAttribute("tool", tool);
        model.addAttribute("section", section);
        model.addAttribute("inUse", audits.inUse(tool.getId()));
        model.addAttribute("form", form);
        return "caseaudit/section-form";
    }

    @PostMapping("/case-audits/tools/{toolId}/sections/{sectionId}")
    String saveSection(@PathVariable long toolId, @PathVariable long sectionId, @Valid @ModelAttribute("form") SectionForm form,
                       BindingResult errors, Model model, RedirectAttributes redirect) {
        ToolSection section = section(toolId, sectionId);
        if (!errors.hasErrors()) {
            try {
                Tool changed = audits.editSection(CurrentUser.require(), toolId, sectionId, form.title(), form.guidance());
                redirect.addFlashAttribute("notice", changed.getId() == toolId ? "ca.tool.sectionSaved" : "ca.tool.newVersion");
                return "redirect:/case-audits/tools/" + changed.getId();
            } catch (CaseAuditRefused refused) {
                errors.rejectValue("title", refused.messageKey(), refused.arguments(), null);
            }
        }
        return sectionPage(audits.tool(toolId), section, form, model);
    }
}
