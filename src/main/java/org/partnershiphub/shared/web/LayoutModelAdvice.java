package org.partnershiphub.shared.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.HubPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the layout's data: the partnership, the signed-in person and their navigation. */
@ControllerAdvice
class LayoutModelAdvice {

    private final HubProperties properties;
    private final List<NavigationItem> navigation;

    LayoutModelAdvice(HubProperties properties, List<NavigationItem> navigation) {
        this.properties = properties;
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    @ModelAttribute("hub")
    HubProperties hub() {
        return properties;
    }

    @ModelAttribute("currentUser")
    HubPrincipal currentUser() {
        return CurrentUser.find().orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        return CurrentUser.find()
                .map(user -> navigation.stream().filter(item -> item.roles().stream().anyMatch(user.roles()::contains)).toList())
                .orElse(List.of());
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
