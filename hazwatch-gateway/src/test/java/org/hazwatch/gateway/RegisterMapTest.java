package org.hazwatch.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterMapTest {

    static final String P = Samples.ENTERPRISE + "001G0001";

    @TempDir
    Path dir;

    @Test
    void neighbouringRegistersOfOneUnitAndTableAreReadTogether() throws IOException {
        RegisterMap map = RegisterMap.read(file("""
                %1$sYW001,1,holding,0,uint16,,1,0
                %1$sYW002,1,holding,100,float32,,1,0
                %1$sYW003,1,holding,124,uint16,,1,0
                %1$sYW004,1,holding,125,uint16,,1,0
                %1$sYW005,1,input,0,uint16,,1,0
                %1$sYW006,2,holding,0,uint16,,1,0
                """));

        List<RegisterMap.Block> blocks = map.blocks();

        assertThat(blocks).extracting(b -> b.unitId() + "/" + b.table() + "/" + b.start() + "+" + b.count())
                .containsExactly("1/HOLDING/0+125", "1/HOLDING/125+1", "1/INPUT/0+1", "2/HOLDING/0+1");
    }

    @Test
    void everyFaultyLineIsReportedWithItsNumber() throws IOException {
        Path file = file("""
                %1$sYW001,1,holding,0,uint32,,1,0
                %1$sYW002,1,coils,0,uint16,,1,0
                %1$sYW003,300,holding,0,uint16,,1,0
                %1$sYW004,1,holding,0,uint16,,1
                """);

        assertThatThrownBy(() -> RegisterMap.read(file))
                .hasMessageContaining("mapping.csv:2:").hasMessageContaining("mapping.csv:3:")
                .hasMessageContaining("mapping.csv:4: unit id").hasMessageContaining("mapping.csv:5: expected");
    }

    @Test
    void aWordSwappedFloatIsReadLowWordFirst() {
        int bits = Float.floatToIntBits(-12.5f);
        RegisterMapping little = new RegisterMapping(P + "WD001", 1, RegisterMapping.Table.HOLDING, 0,
                RegisterMapping.Type.FLOAT32, RegisterMapping.WordOrder.LITTLE, 2, 1);

        assertThat(little.value(new int[] {bits & 0xFFFF, bits >>> 16})).isEqualTo(-24.0);
    }

    private Path file(String lines) throws IOException {
        return Files.writeString(dir.resolve("mapping.csv"),
                "point_code,unit_id,table,address,type,word_order,scale,offset\n" + lines.formatted(P));
    }
}
