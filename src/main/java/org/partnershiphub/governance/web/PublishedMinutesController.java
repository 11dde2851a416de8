package org.partnershiphub.governance.web;

import java.util.List;

import org.partnershiphub.governance.internal.ActionLog;
import org.partnershiphub.governance.internal.DecisionLog;
import org.partnershiphub.governance.internal.GovernanceRecords.AgendaItem;
import org.partnershiphub.governance.internal.GovernanceRecords.Meeting;
import org.partnershiphub.governance.internal.Meetings;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The partnership's published minutes, open to the public: publishable items only, never a restricted one. */
@Controller
class PublishedMinutesController {

    private final Meetings meetings;
    private final DecisionLog decisions;
    private final ActionLog actions;

    PublishedMinutesController(Meetings meetings, DecisionLog decisions, ActionLog actions) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.actions = actions;
    }

    @GetMapping("/minutes")
    String published(Model model) {
        model.addAttribute("meetings", meetings.publishedMinutes());
        return "governance/published";
    }

    @GetMapping("/minutes/{id}")
    String minutes(@PathVariable long id, Model model) {
        Meeting meeting = meetings.meeting(id);
        if (!meeting.published()) {
            throw new NotFoundException("minutes");
        }
        List<AgendaItem> items = meetings.items(id);
        List<Long> publishable = items.stream().filter(i -> !i.restricted()).map(AgendaItem::id).toList();
        model.addAttribute("meeting", meeting);
        model.addAttribute("items", items);
        model.addAttribute("attendance", meetings.attendance(meeting));
        model.addAttribute("decisions", decisions.forItems(publishable));
        model.addAttribute("actions", actions.forItems(publishable));
        return "governance/published-minutes";
    }
}
