package org.hazwatch.platform.web;

import java.util.List;
import org.hazwatch.platform.cascade.CascadeBoard;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.support.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 级联状态 (docs/CASCADE.md): on a city, its sending to the province, per kind; on a province, each registered city.
 * The platform admin sees both; a regulator reads the cities under its node; enterprise users get 404.
 */
@Controller
class CascadePageController {

    private final CascadeBoard board;

    CascadePageController(CascadeBoard board) {
        this.board = board;
    }

    @GetMapping("/cascade")
    String status(Actor actor, Model model) {
        if (actor.role().isEnterprise()) {
            throw new NotFoundException("page", "cascade");
        }
        List<CascadeBoard.City> cities = board.cities(actor);
        model.addAttribute("sending", board.sending(actor).orElse(null));
        model.addAttribute("cities", cities);
        model.addAttribute("silent", cities.stream().filter(CascadeBoard.City::silent).count());
        return "cascade";
    }
}
