package org.hazwatch.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mapping file of a Modbus source (点位映射表), CSV with a header line:
 * <pre>
 * point_code,unit_id,table,address,type,word_order,scale,offset
 * 14052500001001G0001YW001,1,holding,0,uint16,,0.01,0
 * 14052500001001G0001WD001,1,input,10,float32,little,1,-273.15
 * </pre>
 * {@code table} is {@code holding} or {@code input}; {@code type} is {@code int16}, {@code uint16} or
 * {@code float32}; {@code word_order} ({@code big} by default, or {@code little}) matters for float32 only.
 * Blank lines and {@code #} comments are skipped. Every faulty line is reported at once, with its number.
 */
record RegisterMap(List<RegisterMapping> mappings) {

    /** Modbus reads at most 125 registers in one request (function 3 and 4). */
    static final int MAX_REGISTERS_PER_READ = 125;

    private static final String HEADER = "point_code,unit_id,table,address,type,word_order,scale,offset";

    RegisterMap {
        mappings = List.copyOf(mappings);
    }

    static RegisterMap read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<RegisterMapping> mappings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.toLowerCase(Locale.ROOT).replace(" ", "").equals(HEADER)) {
                continue;
            }
            try {
                mappings.add(parse(line));
            } catch (IllegalArgumentException e) {
                problems.add(file + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        if (mappings.isEmpty() && problems.isEmpty()) {
            problems.add(file + ": no mappings");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new RegisterMap(mappings);
    }

    /**
     * The reads a poll makes: per unit and table, neighbouring registers read together, each read at most
     * {@link #MAX_REGISTERS_PER_READ} registers.
     */
    List<Block> blocks() {
        Map<String, List<RegisterMapping>> groups = new TreeMap<>();
        for (RegisterMapping m : mappings) {
            groups.computeIfAbsent(m.unitId() + "/" + m.table(), key -> new ArrayList<>()).add(m);
        }
        List<Block> blocks = new ArrayList<>();
        for (List<RegisterMapping> group : groups.values()) {
            group.sort(Comparator.comparingInt(RegisterMapping::address));
            List<RegisterMapping> current = new ArrayList<>();
            for (RegisterMapping m : group) {
                int end = m.address() + m.type().registers();
                if (!current.isEmpty() && end - current.get(0).address() > MAX_REGISTERS_PER_READ) {
                    blocks.add(new Block(current));
                    current = new ArrayList<>();
                }
                current.add(m);
            }
            blocks.add(new Block(current));
        }
        return blocks;
    }

    private static RegisterMapping parse(String line) {
        String[] f = line.split(",", -1);
        if (f.length != 8) {
            throw new IllegalArgumentException("expected " + HEADER + ", got " + f.length + " fields");
        }
        return new RegisterMapping(f[0].strip(), Integer.parseInt(f[1].strip()), RegisterMapping.Table.of(f[2]),
                Integer.parseInt(f[3].strip()), RegisterMapping.Type.of(f[4]), RegisterMapping.WordOrder.of(f[5]),
                f[6].isBlank() ? 1 : Double.parseDouble(f[6].strip()),
                f[7].isBlank() ? 0 : Double.parseDouble(f[7].strip()));
    }

    /** Mappings of one unit and table read in one request: registers {@code start} to {@code start+count-1}. */
    record Block(List<RegisterMapping> mappings) {

        Block {
            mappings = List.copyOf(mappings);
        }

        int unitId() {
            return mappings.get(0).unitId();
        }

        RegisterMapping.Table table() {
            return mappings.get(0).table();
        }

        int start() {
            return mappings.get(0).address();
        }

        int count() {
            return mappings.stream().mapToInt(m -> m.address() + m.type().registers()).max().orElseThrow() - start();
        }
    }
}
