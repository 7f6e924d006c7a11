package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.junit.jupiter.api.Test;

/** The map's enterprise list, written without a template loop, reads as the loop wrote it. */
class MapListTest {

    @Test
    void anEnterpriseIsOneItemWithItsCodeFirstAndEveryValueTheMapReads() {
        String html = MapList.html(List.of(new Overview.MapEnterprise("14052500001", "晋城恒泰氯碱化工有限公司",
                "泽州县巴公镇", 112.85, 35.49, WarningLevel.ORANGE, true, "视频 1/2 在线")));

        assertThat(html).isEqualTo("<li data-code=\"14052500001\" data-name=\"晋城恒泰氯碱化工有限公司\""
                + " data-address=\"泽州县巴公镇\" data-lon=\"112.85\" data-lat=\"35.49\" data-level=\"ORANGE\""
                + " data-online=\"true\" data-video=\"视频 1/2 在线\">晋城恒泰氯碱化工有限公司</li>\n");
    }

    @Test
    void namesAreEscapedAndAMissingCoordinateOrAddressIsLeftOut() {
        String html = MapList.html(List.of(new Overview.MapEnterprise("14052500002", "A&B \"<化工>\" 's", null,
                null, 35.0, null, false)));

        assertThat(html).startsWith("<li data-code=\"14052500002\" data-name=\"A&amp;B &quot;&lt;化工&gt;&quot; &#39;s\"")
                .doesNotContain("data-address", "data-lon", "<化工>").contains("data-lat=\"35.0\"",
                        "data-level=\"NONE\"", "data-online=\"false\"", "data-video=\"\"",
                        ">A&amp;B &quot;&lt;化工&gt;&quot; &#39;s</li>");
    }

    @Test
    void everyEnterpriseIsAnItem() {
        List<Overview.MapEnterprise> many = java.util.stream.IntStream.range(0, 5000)
                .mapToObj(i -> new Overview.MapEnterprise("%011d".formatted(i), "企业" + i, "", 110.0, 35.0, null,
                        false)).toList();

        assertThat(MapList.html(many).split("<li data-code=", -1)).hasSize(5001);
    }
}
