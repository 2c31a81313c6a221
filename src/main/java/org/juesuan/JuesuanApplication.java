package org.juesuan;

import org.juesuan.cli.JuesuanCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class JuesuanApplication {

    public static void main(String[] args) {
        JuesuanCli.main(args);
    }
}
