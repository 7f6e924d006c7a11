package org.hazwatch.platform.web;

import org.hazwatch.platform.cascade.CascadeBoard;
import org.springframework.stereotype.Component;

/**
 * The mark of origin of a forwarded object on the pages (cascade, SPEC §12): {@code 来源：晋城市平台}, the city
 * platform's registered name (its code if it has none here). Used in templates as {@code @origins.of(code)}.
 */
@Component("origins")
public class Origins {

    private final CascadeBoard board;

    Origins(CascadeBoard board) {
        this.board = board;
    }

    public String of(String platformCode) {
        return "来源：" + board.names().getOrDefault(platformCode, platformCode);
    }
}
