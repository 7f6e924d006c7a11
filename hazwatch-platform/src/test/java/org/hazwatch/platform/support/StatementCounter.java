package org.hazwatch.platform.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements a piece of work issues on the calling thread (a statement is prepared, created or
 * called on a connection of the platform's data source), so a test can say "N enterprises → a constant number of
 * statements" without timing anything. Other threads' statements (the engines, other tests' leftovers) are not
 * counted: {@link #count} looks at the calling thread only.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");
    private static final ThreadLocal<List<String>> COUNTING = new ThreadLocal<>();

    /**
     * What the work answered and the statements it issued on this thread (their SQL, for the failure message).
     */
    public record Counted<T>(T result, List<String> sql) {

        public long statements() {
            return sql.size();
        }
    }

    public static <T> Counted<T> count(Supplier<T> work) {
        List<String> counter = new ArrayList<>();
        List<String> outer = COUNTING.get();
        COUNTING.set(counter);
        try {
            T result = work.get();
            return new Counted<>(result, List.copyOf(counter));
        } finally {
            if (outer == null) {
                COUNTING.remove();
            } else {
                COUNTING.set(outer);
                outer.addAll(counter);
            }
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection c && method.getName().equals("getConnection")
                        ? proxy(Connection.class, c, (conn, m, a) -> {
                            List<String> counter = COUNTING.get();
                            if (counter != null && STATEMENTS.contains(m.getName())) {
                                counter.add(a != null && a.length > 0 && a[0] instanceof String sql
                                        ? sql.strip().replaceAll("\\s+", " ") : m.getName());
                            }
                            return invoke(conn, m, a);
                        })
                        : result;
            });
        }
        return bean;
    }

    /** A handler given the real object. */
    private interface Handler<T> {
        Object handle(T target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    /** The proxy implements AutoCloseable too, so the pool is still closed with the context. */
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler h = (p, method, args) -> method.getName().equals("close") && method.getDeclaringClass()
                == AutoCloseable.class && !(target instanceof AutoCloseable) ? null : handler.handle(target, method,
                args);
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {type, AutoCloseable.class}, h));
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
