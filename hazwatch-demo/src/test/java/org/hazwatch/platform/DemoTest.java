package org.hazwatch.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The platform as {@code ./hazwatch demo} runs it — demo jurisdiction, enterprises and logins seeded, points and
 * gateways looked up through the registry — on a throw-away embedded PostgreSQL. Test classes sharing this
 * annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hazwatch.mode=demo", "hazwatch.test.in-memory-directories=false"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface DemoTest {
}
