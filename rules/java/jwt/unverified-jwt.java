import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.nimbusds.jwt.*;
import io.jsonwebtoken.*;
import javax.crypto.SecretKey;

public class TokenVerifier {
    private final SecretKey key;
    private final String secret;

    public String userFromToken(String token) {
        // expect: jwt
        DecodedJWT jwt = JWT.decode(token);
        return jwt.getSubject();
    }

    public Claims claims(String token) {
        // expect: jwt
        return Jwts.parser().parseClaimsJwt(token).getBody();
    }

    public Object anyToken(String token) {
        // expect: jwt
        return Jwts.parser().parse(token).getBody();
    }

    public String nimbus(String token) throws Exception {
        // expect: jwt
        JWT parsed = JWTParser.parse(token);
        return parsed.getJWTClaimsSet().getSubject();
    }

    public String userFromTokenSafely(String token) {
        // safe: jwt
        DecodedJWT jwt = JWT.require(Algorithm.HMAC256(secret)).withIssuer("auth.example.com").build().verify(token);
        return jwt.getSubject();
    }

    public Claims claimsSafely(String token) {
        // safe: jwt
        return Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload();
    }

    public Claims legacySafely(String token) {
        // safe: jwt
        return Jwts.parserBuilder().setSigningKey(key).build().parseClaimsJws(token).getBody();
    }

    public String issue(String user) {
        // safe: jwt
        return JWT.create().withSubject(user).sign(Algorithm.HMAC256(secret));
    }
}
