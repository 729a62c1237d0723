//! The HTML pages the sandbox serves: Chatwoot's dashboard shell and Rails' error pages,
//! plus the login page of an unrelated product for the `html` scenario.

/// `app/views/layouts/vueapp.html.erb`, reduced to what identifies Chatwoot.
pub fn dashboard(version: &str, frontend_url: &str) -> String {
    format!(
        r#"<!DOCTYPE html>
<html>
  <head>
    <title>Chatwoot</title>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <script>
      window.chatwootConfig = {{
        hostURL: '{frontend_url}',
        websocketURL: '',
        helpCenterURL: '',
        fbAppId: '',
        signupEnabled: 'true',
        isEnterprise: 'true',
        APP_VERSION: '{version}',
        GIT_SHA: 'f99187646e6674c37b30a7bbff7263e77a881274',
        DEPLOYMENT_ENV: 'self-hosted',
      }};
      window.globalConfig = {{"INSTALLATION_NAME":"Chatwoot","BRAND_NAME":"Chatwoot","IS_ENTERPRISE":true,"DEPLOYMENT_ENV":"self-hosted"}};
    </script>
  </head>
  <body>
    <div id="app"></div>
    <noscript>You need to enable JavaScript to run Chatwoot (chatwoot-link sandbox).</noscript>
  </body>
</html>
"#
    )
}

/// Rails' `public/404.html`, shortened.
pub const NOT_FOUND: &str = r#"<!DOCTYPE html>
<html>
<head>
  <title>The page you were looking for doesn't exist (404)</title>
  <meta name="viewport" content="width=device-width,initial-scale=1">
</head>
<body>
  <div class="dialog">
    <h1>The page you were looking for doesn't exist.</h1>
    <p>You may have mistyped the address or the page may have moved.</p>
  </div>
</body>
</html>
"#;

/// Rails' `public/500.html`, shortened.
pub const SERVER_ERROR: &str = r#"<!DOCTYPE html>
<html>
<head>
  <title>We're sorry, but something went wrong (500)</title>
  <meta name="viewport" content="width=device-width,initial-scale=1">
</head>
<body>
  <div class="dialog">
    <h1>We're sorry, but something went wrong.</h1>
  </div>
  <p>If you are the application owner check the logs for more information.</p>
</body>
</html>
"#;

/// nginx's redirect page.
pub fn moved(location: &str) -> String {
    format!(
        "<html>\r\n<head><title>301 Moved Permanently</title></head>\r\n<body>\r\n\
         <center><h1>301 Moved Permanently</h1></center>\r\n\
         <hr><center>nginx</center>\r\n<!-- {location} -->\r\n</body>\r\n</html>\r\n"
    )
}

/// Some other product's login page (a router admin UI), as a wrong URL would show.
pub const OTHER_LOGIN: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Sign in - NetGate Router Admin</title>
</head>
<body>
  <form method="post" action="/login">
    <h1>NetGate Router Admin</h1>
    <label>Username <input name="username"></label>
    <label>Password <input name="password" type="password"></label>
    <button type="submit">Sign in</button>
  </form>
</body>
</html>
"#;
