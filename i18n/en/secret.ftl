# Why a typed or pasted token cannot be a Chatwoot token (src/secret.rs).
secret-token-empty = the token is empty: copy it from Profile Settings → Access Token
secret-token-spaces = the token contains spaces: copy it again from Profile Settings → Access Token
secret-token-too-short = the token is too short ({ $count ->
    [one] { $count } character
   *[other] { $count } characters
}; Chatwoot tokens have 24): copy it again from Profile Settings → Access Token
secret-token-too-long = the token is too long ({ $count ->
    [one] { $count } character
   *[other] { $count } characters
}; Chatwoot tokens have 24): copy it again from Profile Settings → Access Token
secret-token-control = the token contains control characters: copy it again from Profile Settings → Access Token
