package org.hazwatch.platform.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.hazwatch.platform.org.Accounts;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.registry.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo jurisdiction (演示数据) on {@code hazwatch.mode=demo}: the 巴公 chemical park, the demo enterprises
 * (documents under {@code classpath:demo/enterprises/}), the demo logins and their duties ({@link DemoDuties}). Each step is skipped when it was done
 * before, so a restart keeps what users changed.
 */
@Component
@ConditionalOnProperty(name = "hazwatch.mode", havingValue = "demo")
@Order(0)
class DemoSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);

    private final Jurisdictions jurisdictions;
    private final Registry registry;
    private final Accounts accounts;
    private final DemoProperties properties;
    private final DemoDuties duties;
    private final DemoPatrols patrols;

    DemoSeed(Jurisdictions jurisdictions, Registry registry, Accounts accounts, DemoProperties properties,
             DemoDuties duties, DemoPatrols patrols) {
        this.jurisdictions = jurisdictions;
        this.registry = registry;
        this.accounts = accounts;
        this.properties = properties;
        this.duties = duties;
        this.patrols = patrols;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Actor seeder = Actor.system();
        if (jurisdictions.find(DemoLogins.PARK_CODE).isEmpty()) {
            jurisdictions.registerPark(seeder,
                    new Jurisdictions.NewPark(DemoLogins.PARK_CODE, DemoLogins.PARK_NAME, DemoLogins.PARK_PARENT));
        }
        int imported = 0;
        List<String> codes = new ArrayList<>();
        for (Resource document : enterpriseDocuments()) {
            String code = document.getFilename().replace(".json", "");
            codes.add(code);
            if (registry.enterprise(code).isEmpty()) {
                registry.importJson(seeder, document.getContentAsByteArray());
                imported++;
            }
        }
        long created = DemoLogins.ALL.stream()
                .filter(login -> accounts.createIfAbsent(login.username(), login.displayName(),
                        properties.password(), login.role(), login.scopeCode()))
                .count();
        int duty = duties.seed(seeder, codes);
        // patrol (issue 12a): 泽州县's patrols of yesterday and today, partly done
        duty += patrols.seed(seeder, codes);
        log.info("demo seed: {} enterprises imported, {} logins created, {} duty records added", imported, created,
                duty);
    }

    /** The codes of the demo enterprises, from the documents' names. */
    static List<String> enterpriseCodes() {
        try {
            return Arrays.stream(enterpriseDocuments()).map(d -> d.getFilename().replace(".json", "")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Resource[] enterpriseDocuments() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:demo/enterprises/*.json");
        Arrays.sort(found, Comparator.comparing(Resource::getFilename));
        return found;
    }
}
