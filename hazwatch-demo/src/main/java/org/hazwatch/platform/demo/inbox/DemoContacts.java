package org.hazwatch.platform.demo.inbox;

import java.util.List;
import java.util.Set;
import org.hazwatch.platform.notify.ContactBook;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Jurisdictions;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's regulators on duty (演示值班通讯录): 晋城市, 泽州县, 高都镇 and the 巴公 chemical park, each with a duty
 * officer and a head. Seeded once per node after the demo jurisdiction exists; users' changes are kept.
 */
@Component
@ConditionalOnProperty(name = "hazwatch.mode", havingValue = "demo")
@Order(1)
class DemoContacts implements ApplicationRunner {

    private record Node(String code, String domain, List<ContactBook.Entry> entries) {
    }

    private static final List<Node> NODES = List.of(
            node("140500", "jincheng", "晋城市应急局", "13903560500", "13903560501"),
            node("140525", "zezhou", "泽州县应急局", "13903562500", "13903562501"),
            node("140525107", "gaodu", "高都镇应急管理中心", "13903562507", "13903562508"),
            node("140525P01", "bagong", "巴公化工园区", "13903562590", "13903562591"));

    private final ContactBook contacts;
    private final Jurisdictions jurisdictions;

    DemoContacts(ContactBook contacts, Jurisdictions jurisdictions) {
        this.contacts = contacts;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Node node : NODES) {
            if (jurisdictions.find(node.code()).isPresent() && !contacts.anyAt(node.code())) {
                contacts.replace(Actor.system(), node.code(), node.entries());
            }
        }
    }

    private static Node node(String code, String domain, String office, String dutyPhone, String headPhone) {
        return new Node(code, domain, List.of(
                new ContactBook.Entry(office + "值班员", "值班员", dutyPhone, "zhiban@" + domain + ".example.cn", true,
                        Set.of("sms", "email")),
                new ContactBook.Entry(office + "负责人", code.length() == 6 ? "局长" : "主任", headPhone,
                        "fuze@" + domain + ".example.cn", true, Set.of("sms", "email"))));
    }
}
