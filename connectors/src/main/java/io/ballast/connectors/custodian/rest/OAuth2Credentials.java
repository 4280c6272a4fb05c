package io.ballast.connectors.custodian.rest;

import java.net.URI;

/** An OAuth2 client of the client-credentials grant. {@code scope} may be null. The secret is never printed. */
public record OAuth2Credentials(URI tokenUrl, String clientId, String clientSecret, String scope) {
    @Override
    public String toString() {
        return "OAuth2Credentials[tokenUrl=" + tokenUrl + ", clientId=" + clientId + ", clientSecret=***, scope="
                + scope + "]";
    }
}
