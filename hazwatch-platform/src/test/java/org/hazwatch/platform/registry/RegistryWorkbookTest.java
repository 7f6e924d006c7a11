package org.hazwatch.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@PlatformTest
class RegistryWorkbookTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Registry registry;

    RegistryApi api;
    String code;

    @BeforeEach
    void imported() {
        api = new RegistryApi(mvc);
        code = TestEnterprises.importFresh(mvc).code();
    }

    @Test
    void aWorkbookExportedAndImportedAgainGivesAnIdenticalExport() throws Exception {
        String before = exportJson();
        byte[] xlsx = exportXlsx();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheet("监测点位").getRow(0).getCell(10).getStringCellValue()).isEqualTo("高高报");
            assertThat(workbook.getSheet("监测点位").getRow(1).getCell(10).getNumericCellValue()).isEqualTo(9.0);
            assertThat(workbook.getNumberOfSheets()).isEqualTo(9);
        }

        importXlsx(xlsx)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tables.point.created").value(0))
                .andExpect(jsonPath("$.tables.point.updated").value(2))
                .andExpect(jsonPath("$.tables.point.removed").value(0));

        assertThat(exportJson()).isEqualTo(before);
    }

    @Test
    void aBadWorkbookGetsEveryProblemAtItsCellAndStoresNothing() throws Exception {
        byte[] bad;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exportXlsx()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getSheet("监测点位").getRow(1).getCell(10).setCellValue(7.5);
            workbook.getSheet("重大危险源").getRow(1).getCell(3).setCellValue("很多");
            workbook.getSheet("危险化学品").getRow(1).getCell(4).setCellValue(-3);
            workbook.getSheet("存储介质").getRow(1).getCell(0).setCellValue(code + "001G0009");
            workbook.write(out);
            bad = out.toByteArray();
        }

        importXlsx(bad)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == '监测点位!K2')].reason",
                        hasItem(containsString("hh 7.5 must be ≥ h 8"))))
                .andExpect(jsonPath("$.errors[?(@.field == '重大危险源!D2')].reason",
                        hasItem(containsString("must be a number"))))
                .andExpect(jsonPath("$.errors[?(@.field == '危险化学品!E2')].reason",
                        hasItem(containsString("greater than 0"))))
                .andExpect(jsonPath("$.errors[?(@.field == '存储介质!A2')].reason",
                        hasItem(containsString("no row with code"))));

        assertThat(registry.point(code + "001G0001YW001").orElseThrow().hh()).isEqualTo(9.0);
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() throws Exception {
        importXlsx("not a workbook".getBytes())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    private String exportJson() throws Exception {
        return api.get("/api/v1/registry/enterprises/" + code + "/export").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private byte[] exportXlsx() throws Exception {
        return api.get("/api/v1/registry/enterprises/" + code + "/export.xlsx").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    private ResultActions importXlsx(byte[] xlsx) throws Exception {
        return mvc.perform(multipart("/api/v1/registry/import.xlsx")
                .file(new MockMultipartFile("file", "base-data.xlsx", RegistryWorkbookController.XLSX.toString(), xlsx))
                .with(httpBasic(RegistryApi.ADMIN, RegistryApi.ADMIN_PASSWORD)));
    }
}
