package org.partnershiphub.voice.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partnershiphub.voice.internal.VoiceItem;
import org.partnershiphub.voice.internal.VoiceRecords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public "you said, we did" page: the pairs the business unit published, in plain words, by theme. */
@Controller
class YouSaidWeDidController {

    /** One theme's pairs. */
    record Theme(String name, List<VoiceItem> pairs) {
    }

    private final VoiceRecords records;

    YouSaidWeDidController(VoiceRecords records) {
        this.records = records;
    }

    @GetMapping("/you-said-we-did")
    String page(Model model) {
        Map<String, List<VoiceItem>> byTheme = new LinkedHashMap<>();
        for (VoiceItem pair : records.published()) {
            byTheme.computeIfAbsent(pair.getTheme() == null ? "" : pair.getTheme(), k -> new java.util.ArrayList<>()).add(pair);
        }
        model.addAttribute("themes", byTheme.entrySet().stream().map(e -> new Theme(e.getKey(), e.getValue())).toList());
        return "voice/you-said-we-did";
    }
}
