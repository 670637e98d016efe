// class: xss — jQuery comment widget: $(html), html/append/prepend/after/before/wrap/replaceWith, $(location.hash)
/* global $ */
$(function () {
  const params = new URLSearchParams(window.location.search);
  const author = params.get('author');
  const draft = $('#draft').val();

  // expect: xss
  $('#comments').append('<div class="comment">' + draft + '</div>');
  // expect: xss
  $('#comments').prepend(`<p class="by">by ${author}</p>`);
  // expect: xss
  $('#preview').html(draft);
  // expect: xss
  $('#toolbar').after('<span>' + params.get('hint') + '</span>');
  // expect: xss
  $('#toolbar').before(params.get('banner'));
  // expect: xss
  $('#quote').wrap('<blockquote title="' + author + '"></blockquote>');
  // expect: xss
  $('#old-comment').replaceWith('<div>' + draft + '</div>');

  const list = $('#comment-list');
  list.addClass('loaded');
  list.attr('data-count', String(list.children().length));

  // safe: xss
  $('#author-name').text(author);
  const counter = $('#counter');
  counter.show();

  // expect: xss
  const target = $(location.hash);
  target.addClass('highlight');

  $('#status').removeClass('hidden');
  // safe: xss
  $('<li>').text(draft).appendTo(list);

  list.fadeIn(200);
  $('#spinner').hide();
  // expect: xss
  const badge = $('<span class="badge">' + author + '</span>');
  list.append(badge);
});
