package org.partnershiphub.triangulation.web;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.Role;
import org.partnershiphub.triangulation.internal.Triangulation;
import org.partnershiphub.triangulation.internal.TriangulationRefused;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every agency's flags, one agency's joined picture, and the areas the business unit keeps. */
@Controller
class TriangulationController {

    private final Triangulation triangulation;
    private final MessageSource messages;

    TriangulationController(Triangulation triangulation, MessageSource messages) {
        this.triangulation = triangulation;
        this.messages = messages;
    }

    @GetMapping("/triangulation")
    String index(Model model) {
        model.addAttribute("rows", triangulation.agencies(CurrentUser.require()));
        return "triangulation/index";
    }

    @GetMapping("/triangulation/agencies/{agencyId}")
    String agency(@PathVariable long agencyId, Model model) {
        HubPrincipal actor = CurrentUser.require();
        model.addAttribute("picture", triangulation.picture(actor, agencyId));
        model.addAttribute("across", Triangulation.readsAcross(actor));
        model.addAttribute("canModerate", actor.hasRole(Role.BUSINESS_UNIT));
        return "triangulation/agency";
    }

    @GetMapping("/triangulation/areas")
    String areas(Model model) {
        return areasPage(null, "", model);
    }

    private String areasPage(String problem, String typed, Model model) {
        model.addAttribute("areas", triangulation.areas());
        model.addAttribute("canManage", CurrentUser.require().hasRole(Role.BUSINESS_UNIT));
        model.addAttribute("nameError", problem);
        model.addAttribute("typedName", typed);
        if (problem != null) {
            model.addAttribute("pageErrors", true);
        }
        return "triangulation/areas";
    }

    @PostMapping("/triangulation/areas")
    String addArea(@RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect) {
        if (name.length() > 200) {
            return areasPage("error.tooLong200", name, model);
        }
        try {
            long id = triangulation.addArea(CurrentUser.require(), name);
            redirect.addFlashAttribute("notice", "tri.area.added");
            return "redirect:/triangulation/areas/" + id;
        } catch (TriangulationRefused refused) {
            return areasPage(refused.messageKey(), name, model);
        }
    }

    /** One box to tick: what it is, as people read it, and whether the area already joins it. */
    record Option(long id, String label, boolean checked) {
    }

    /** The boxes of one kind, posted under {@code name}. */
    record Group(String name, String legendKey, List<Option> options) {
    }

    @GetMapping("/triangulation/areas/{areaId}")
    String area(@PathVariable long areaId, Model model) {
        Triangulation.Area area = triangulation.area(areaId);
        Triangulation.Catalogue c = triangulation.catalogue();
        model.addAttribute("area", area);
        model.addAttribute("groups", List.of(
                new Group("standards", "tri.area.standards", c.standards().stream().map(s -> new Option(s.id(),
                        messages.getMessage("sa.frameworkShort." + s.framework(), null, Locale.UK) + " " + s.number() + ": " + s.title(),
                        area.standards().contains(s.id()))).toList()),
                new Group("sections", "tri.area.sections", c.sections().stream().map(s -> new Option(s.id(), s.toolName() + ": " + s.title(),
                        area.sections().contains(s.id()))).toList()),
                new Group("indicators", "tri.area.indicators", c.indicators().stream().map(i -> new Option(i.id(), i.code() + " " + i.title(),
                        area.indicators().contains(i.id()))).toList())));
        return "triangulation/area-form";
    }

    @PostMapping("/triangulation/areas/{areaId}")
    String link(@PathVariable long areaId, @RequestParam(required = false) List<Long> standards, @RequestParam(required = false) List<Long> sections,
                @RequestParam(required = false) List<Long> indicators, RedirectAttributes redirect) {
        Map<Triangulation.Kind, Set<Long>> links = new EnumMap<>(Triangulation.Kind.class);
        links.put(Triangulation.Kind.STANDARD, standards == null ? Set.of() : new HashSet<>(standards));
        links.put(Triangulation.Kind.SECTION, sections == null ? Set.of() : new HashSet<>(sections));
        links.put(Triangulation.Kind.INDICATOR, indicators == null ? Set.of() : new HashSet<>(indicators));
        triangulation.link(CurrentUser.require(), areaId, links);
        redirect.addFlashAttribute("notice", "tri.area.saved");
        return "redirect:/triangulation/areas";
    }
}
