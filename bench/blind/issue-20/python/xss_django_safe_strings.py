# class: xss — Django mark_safe/SafeString/format_html misuse and HttpResponse of built HTML vs format_html with arguments and escape
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe


def profile_card(request):
    bio = request.GET.get("bio", "")
    # expect: xss
    card = mark_safe("<div class='bio'>" + bio + "</div>")
    return render(request, "profile.html", {"card": card})


def profile_card_safe(request):
    bio = request.GET.get("bio", "")
    # safe: xss
    card = format_html("<div class='bio'>{}</div>", bio)
    return render(request, "profile.html", {"card": card})


def signature(request):
    sig = request.POST.get("signature", "")
    # expect: xss
    html = SafeString(f"<p class='sig'>{sig}</p>")
    return render(request, "signature.html", {"html": html})


def link(request):
    url = request.GET.get("next", "/")
    # expect: xss
    anchor = format_html(f"<a href='{url}'>continue</a>")
    return render(request, "link.html", {"anchor": anchor})


def greeting(request):
    name = request.GET.get("name", "")
    # expect: xss
    return HttpResponse("<h2>Welcome, %s</h2>" % name)


def greeting_safe(request):
    name = request.GET.get("name", "")
    # safe: xss
    return HttpResponse("<h2>Welcome, %s</h2>" % escape(name))


def footer(request):
    # safe: xss
    return HttpResponse(mark_safe("<footer>&copy; Example Ltd</footer>"))
