package org.hazwatch.bench.load;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;

/**
 * The live objects of this JVM by class, as {@code jcmd <pid> GC.class_histogram} prints them (it collects the whole
 * heap first): read through the HotSpot diagnostic-command MBean, so the bench needs no second process.
 */
record ClassHistogram(Map<String, Entry> classes) {

    /** Instances and their shallow bytes of one class. */
    record Entry(String className, long instances, long bytes) {
    }

    /** What one class gained between two histograms. */
    record Growth(String className, long instances, long bytes) {
    }

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    static ClassHistogram now() {
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            return parse(text);
        } catch (javax.management.JMException e) {
            throw new IllegalStateException("this JVM has no class histogram (HotSpot's diagnostic commands)", e);
        }
    }

    static ClassHistogram parse(String text) {
        Map<String, Entry> classes = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                Entry e = new Entry(m.group(3), Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
                classes.merge(e.className(), e, (a, b) -> new Entry(a.className(), a.instances() + b.instances(),
                        a.bytes() + b.bytes()));
            }
        }
        return new ClassHistogram(classes);
    }

    /** The classes that grew most in bytes since {@code before}, largest first. */
    List<Growth> grownSince(ClassHistogram before, int top) {
        List<Growth> grown = new ArrayList<>();
        classes.forEach((name, after) -> {
            Entry was = before.classes().getOrDefault(name, new Entry(name, 0, 0));
            grown.add(new Growth(name, after.instances() - was.instances(), after.bytes() - was.bytes()));
        });
        grown.sort(Comparator.comparingLong(Growth::bytes).reversed());
        return grown.subList(0, Math.min(top, grown.size()));
    }
}
