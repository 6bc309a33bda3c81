// The bearer token the page sends, for app.js and voice.js (loaded before both):
// `IntakeAuth.request(path, init)` is fetch with the token, renewed or asked for on a 401.
//
// GET /config.json (open) says how the token is had:
//   "none"    intake serve without a token: nothing to send (a 401 still asks for one);
//   "token"   INTAKE_API_TOKEN, or a JWT authorizer of another provider: a person pastes it;
//   "cognito" the stack's user pool: the sign-in form calls Cognito's public API directly
//             (InitiateAuth USER_PASSWORD_AUTH; once, for a user created with a temporary
//             password, RespondToAuthChallenge NEW_PASSWORD_REQUIRED) and sends the ID token,
//             whose audience the API's JWT authorizer checks. No SDK, no secret.
// The token is kept in sessionStorage (this tab, until it closes), the Cognito refresh token
// only in memory: after a reload the ID token serves until it expires, then the form asks again.
"use strict";

window.IntakeAuth = (() => {
  const $ = (id) => document.getElementById(id);
  const TOKEN_KEY = "intake-token";
  const RENEW_BEFORE_MS = 60 * 1000;  // renew an ID token that expires within a minute
  const SAY = {
    NotAuthorizedException: "Wrong e-mail or password.",
    UserNotFoundException: "Wrong e-mail or password.",
    PasswordResetRequiredException: "Your password has to be reset: ask whoever manages the users.",
    UserNotConfirmedException: "This account is not confirmed yet: ask whoever manages the users.",
    TooManyRequestsException: "Too many attempts: wait a minute and try again.",
    LimitExceededException: "Too many attempts: wait a minute and try again.",
  };

  let config = { auth: "none" };
  let refreshToken = null;
  let renewing = null;       // the renewal under way, shared by the requests that wait for it
  let challenge = null;      // {username, session} while Cognito waits for a new password

  const token = () => sessionStorage.getItem(TOKEN_KEY);

  // -- the API, with the token ---------------------------------------------------------------
  const ready = fetch("/config.json", { headers: { Accept: "application/json" } })
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null)
    .then((found) => {
      if (found && ["none", "token", "cognito"].includes(found.auth)) config = found;
      if (config.auth === "cognito" && !token()) ask();
      showSignedIn();
      return config;
    });

  function send(path, init) {
    const headers = { ...(init.headers || {}) };
    const current = token();
    if (current) headers.Authorization = `Bearer ${current}`;
    return fetch(path, { ...init, headers });
  }

  // fetch(path, init) with the bearer token; rejects as fetch does when the server is unreachable
  async function request(path, init = {}) {
    await ready;
    if (config.auth === "cognito" && refreshToken && expiresSoon(token())) await renew();
    let response = await send(path, init);
    if (response.status === 401) {
      if (config.auth === "cognito" && refreshToken && await renew()) response = await send(path, init);
      if (response.status === 401) ask();
    }
    return response;
  }

  function expiresSoon(jwt) {
    try {
      const part = jwt.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
      const claims = JSON.parse(atob(part));
      return typeof claims.exp === "number" && claims.exp * 1000 - Date.now() < RENEW_BEFORE_MS;
    } catch (err) {
      return false;  // not a JWT we can read: the server decides
    }
  }

  // -- Cognito ---------------------------------------------------------------------------------
  class SignInError extends Error {
    constructor(code, message) {
      super(message);
      this.code = code;
    }
  }

  async function cognito(action, body) {
    const url = config.endpoint || `https://cognito-idp.${config.region}.amazonaws.com/`;
    let response;
    try {
      response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/x-amz-json-1.1",
          "X-Amz-Target": `AWSCognitoIdentityProviderService.${action}` },
        body: JSON.stringify({ ClientId: config.user_pool_client_id, ...body }),
      });
    } catch (err) {
      throw new SignInError("offline", "The sign-in service cannot be reached.");
    }
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      const code = String(data.__type || "").split("#").pop();
      throw new SignInError(code, SAY[code] || data.message || `Signing in failed (${response.status}).`);
    }
    return data;
  }

  function keep(result) {
    sessionStorage.setItem(TOKEN_KEY, result.IdToken);
    if (result.RefreshToken) refreshToken = result.RefreshToken;  // a renewal keeps the old one
  }

  function renew() {
    if (!renewing) {
      renewing = cognito("InitiateAuth", { AuthFlow: "REFRESH_TOKEN_AUTH",
        AuthParameters: { REFRESH_TOKEN: refreshToken } })
        .then((answer) => { keep(answer.AuthenticationResult); return true; })
        .catch((err) => {
          if (err.code === "NotAuthorizedException") refreshToken = null;  // expired or revoked
          return false;
        })
        .finally(() => { renewing = null; });
    }
    return renewing;
  }

  // -- asking a person -------------------------------------------------------------------------
  function ask() {
    const form = config.auth === "cognito" ? $("signin-form") : $("token-form");
    if (!form.hidden) return;
    form.hidden = false;
    if (config.auth === "cognito") {
      step(challenge ? "new" : "password");
      ($("signin-email").value ? $("signin-password") : $("signin-email")).focus();
    } else {
      $("token").focus();
    }
  }

  function signedIn() {
    for (const id of ["signin-password", "signin-new", "signin-repeat"]) $(id).value = "";
    $("signin-error").textContent = "";
    $("signin-form").hidden = true;
    $("token-form").hidden = true;
    challenge = null;
    step("password");
    showSignedIn();
    document.dispatchEvent(new CustomEvent("intake:signed-in"));
  }

  function showSignedIn() {
    $("sign-out").hidden = !(config.auth === "cognito" && token());
  }

  // The form's two steps: e-mail and password, or the new password Cognito asks for.
  function step(which) {
    const fresh = which === "new";
    for (const [id, on] of [["signin-password-step", !fresh], ["signin-new-step", fresh]]) {
      $(id).hidden = !on;
      $(id).disabled = !on;  // a disabled fieldset's fields are neither required nor sent
    }
    $("signin-submit").textContent = fresh ? "Set password and sign in" : "Sign in";
  }

  $("token-form").addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, $("token").value.trim());
    $("token").value = "";
    signedIn();
  });

  $("signin-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const error = $("signin-error");
    error.textContent = "";
    if (challenge && $("signin-new").value !== $("signin-repeat").value) {
      error.textContent = "The two new passwords are not the same.";
      $("signin-repeat").focus();
      return;
    }
    $("signin-submit").disabled = true;
    try {
      let answer;
      if (challenge) {
        answer = await cognito("RespondToAuthChallenge", { ChallengeName: "NEW_PASSWORD_REQUIRED",
          Session: challenge.session,
          ChallengeResponses: { USERNAME: challenge.username, NEW_PASSWORD: $("signin-new").value } });
      } else {
        const username = $("signin-email").value.trim();
        answer = await cognito("InitiateAuth", { AuthFlow: "USER_PASSWORD_AUTH",
          AuthParameters: { USERNAME: username, PASSWORD: $("signin-password").value } });
        if (answer.ChallengeName === "NEW_PASSWORD_REQUIRED") {
          const asked = answer.ChallengeParameters || {};
          challenge = { username: asked.USER_ID_FOR_SRP || username, session: answer.Session };
          $("signin-password").value = "";
          step("new");
          $("signin-new").focus();
          return;
        }
      }
      if (answer.AuthenticationResult) {
        keep(answer.AuthenticationResult);
        signedIn();
      } else {
        error.textContent = `This account needs a sign-in step the page does not offer (${answer.ChallengeName}).`;
      }
    } catch (err) {
      error.textContent = err.message;
      if (challenge && err.code === "NotAuthorizedException") {
        // the challenge's session lasts minutes: start again from the temporary password
        challenge = null;
        error.textContent = "That took too long: sign in again with the temporary password.";
        step("password");
        $("signin-password").focus();
      }
    } finally {
      $("signin-submit").disabled = false;
    }
  });

  $("sign-out").addEventListener("click", () => {
    // Forgets the tokens in this tab (an ID token already issued stays valid until it expires)
    // and starts the page again, so nothing of what it showed stays on the screen.
    sessionStorage.removeItem(TOKEN_KEY);
    refreshToken = null;
    window.location.reload();
  });

  return { ready, request };
})();
