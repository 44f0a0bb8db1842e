package nl.woonregie.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public start page and the login page. */
@Controller
class StartController {

    @GetMapping("/")
    String start() {
        return "start";
    }

    @GetMapping("/inloggen")
    String inloggen() {
        return "inloggen";
    }
}
