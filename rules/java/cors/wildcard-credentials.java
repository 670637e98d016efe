import javax.servlet.*;
import javax.servlet.http.*;
import org.springframework.context.annotation.*;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.cors.*;
import org.springframework.web.servlet.config.annotation.*;

@RestController
// expect: cors
@CrossOrigin(origins = "*", allowCredentials = "true")
public class AccountController {
}

@RestController
// safe: cors
@CrossOrigin(origins = "https://app.example.com", allowCredentials = "true")
class ProfileController {
}

@RestController
// safe: cors
@CrossOrigin(origins = "*")
class PublicController {
}

@Configuration
class WebConfig implements WebMvcConfigurer {
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/**")
            .allowedOriginPatterns("*")
            // expect: cors
            .allowCredentials(true);
    }

    @Bean
    public CorsConfigurationSource corsSource() {
        CorsConfiguration config = new CorsConfiguration();
        config.addAllowedOrigin("*");
        config.addAllowedMethod("*");
        // expect: cors
        config.setAllowCredentials(true);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", config);
        return source;
    }

    public CorsConfiguration strict() {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(java.util.List.of("https://app.example.com"));
        // safe: cors
        config.setAllowCredentials(true);
        return config;
    }
}

class CorsFilter implements Filter {
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws java.io.IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        // expect: cors
        response.setHeader("Access-Control-Allow-Origin", request.getHeader("Origin"));
        response.setHeader("Access-Control-Allow-Credentials", "true");
        chain.doFilter(req, res);
    }
}

class PublicCorsFilter implements Filter {
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws java.io.IOException, ServletException {
        // safe: cors
        ((HttpServletResponse) res).setHeader("Access-Control-Allow-Origin", "*");
        chain.doFilter(req, res);
    }
}
