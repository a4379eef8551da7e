package dev.atk.stdlib.data.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.atk.stdlib.data.DataException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
    @TempDir
    Path tmp;

    @Test
    void quotesCrlfBomBlankLinesAndLineNumbers() {
        String text = "\uFEFFa,b,c\r\n\r\nx,\"['sky', 'clouds']\",val\r\n\"multi\nline\",\"say \"\"hi\"\"\",\n";
        List<CsvReader.Row> rows = CsvReader.parse(Path.of("t.csv"), text);
        assertEquals(3, rows.size());
        assertEquals(List.of("a", "b", "c"), rows.get(0).fields());
        assertEquals(1, rows.get(0).line());
        assertEquals(List.of("x", "['sky', 'clouds']", "val"), rows.get(1).fields());
        assertEquals(3, rows.get(1).line());
        assertEquals(List.of("multi\nline", "say \"hi\"", ""), rows.get(2).fields());
        assertEquals(4, rows.get(2).line());
    }

    @Test
    void lastLineWithoutNewline() {
        assertEquals(List.of("1", "2"), CsvReader.parse(Path.of("t.csv"), "h,h\n1,2").get(1).fields());
    }

    @Test
    void missingAndBinaryFiles() throws Exception {
        Path missing = tmp.resolve("no.csv");
        assertEquals(missing + " not found",
                assertThrows(DataException.class, () -> CsvReader.read(missing)).getMessage());
        Path binary = Files.write(tmp.resolve("bin.csv"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0});
        assertEquals(binary + " is not UTF-8 text: is it really a csv file?",
                assertThrows(DataException.class, () -> CsvReader.read(binary)).getMessage());
    }
}
