package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CopyrightLineTest {
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", nullValues = "NULL", value = {
        "©2022 Example Wire L.P. => Example Wire",
        "Copyright 2023 The Example Press. All rights reserved. => The Example Press",
        "© 2019 EXAMPLE.info All Rights Reserved. => EXAMPLE.info",
        "This material may not be published. ©2019 Example Network, LLC => NULL",
        "© Copyright 2019, The Example-Review | Community Guidelines => The Example-Review",
        "© Example US, Inc. 11 West Street, New York => Example US",
        "© All rights reserved | Terms => NULL",
        "© 2024 12 Example Street => NULL"})
    void readsTheHolder(String line, String holder) {
        assertThat(CopyrightLine.holder(line)).isEqualTo(holder);
    }
}
